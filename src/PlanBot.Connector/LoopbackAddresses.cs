using System.Net;

namespace PlanBot.Connector;

/// <summary>What counts as "this machine": plain http and unauthenticated callers are allowed only there.</summary>
internal static class LoopbackAddresses
{
    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    public static bool IsLoopback(IPAddress? address) =>
        address is not null && (IPAddress.IsLoopback(address) || (address.IsIPv4MappedToIPv6 && IPAddress.IsLoopback(address.MapToIPv4())));

    /// <summary>https anywhere, http only on loopback.</summary>
    public static bool IsSecureOrLoopback(Uri uri) =>
        uri.IsAbsoluteUri
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)));
}
