using Microsoft.AspNetCore.Http;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// Headers a reverse proxy (nginx, IIS/ARR, an ingress, a sidecar) adds. Behind one, every caller looks like loopback,
/// so local mode refuses any request carrying them. <c>X-Original-*</c> is what ASP.NET Core's forwarded-headers
/// middleware leaves after it has applied <c>X-Forwarded-*</c> from a known proxy.
/// </summary>
internal static class ProxyHeaders
{
    private static readonly string[] Names = ["Forwarded", "X-Real-IP", "X-ARR-ClientIP", "X-Client-IP", "Via"];

    private static readonly string[] Prefixes = ["X-Forwarded-", "X-Original-"];

    /// <summary>The first proxy header found, or null.</summary>
    public static string? FindIn(IHeaderDictionary headers) =>
        headers.Keys.FirstOrDefault(name =>
            Names.Contains(name, StringComparer.OrdinalIgnoreCase)
            || Prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
}
