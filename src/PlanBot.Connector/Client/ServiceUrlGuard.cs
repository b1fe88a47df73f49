using Microsoft.Extensions.Options;

namespace PlanBot.Connector.Client;

/// <summary>Decides whether the bot's token may go to a serviceUrl: only trusted ones, on allowed hosts (in local mode: loopback ones).</summary>
internal sealed class ServiceUrlGuard(IOptions<BotConnectorOptions> options, ITrustedServiceUrls trusted)
{
    /// <summary>Null when the serviceUrl may be called; otherwise why not.</summary>
    public async ValueTask<string?> CheckAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        if (CheckHost(serviceUrl) is { } refusal)
        {
            return refusal;
        }

        return await trusted.IsTrustedAsync(serviceUrl, cancellationToken).ConfigureAwait(false)
            ? null
            : "serviceUrl did not arrive on an authenticated activity";
    }

    /// <summary>The host-only part of the check, for the token handler right before a request leaves.</summary>
    public string? CheckHost(Uri requestUri)
    {
        if (!requestUri.IsAbsoluteUri || (requestUri.Scheme != Uri.UriSchemeHttps && requestUri.Scheme != Uri.UriSchemeHttp))
        {
            return "serviceUrl is not an absolute http(s) URL";
        }

        if (!LoopbackAddresses.IsSecureOrLoopback(requestUri))
        {
            return "serviceUrl uses plain http outside loopback";
        }

        var settings = options.Value;
        if (settings.IsLocalMode)
        {
            // No token goes out in local mode, but a reply still carries what users wrote: it stays on this machine.
            return LoopbackAddresses.IsLoopback(requestUri) ? null : $"host '{requestUri.Host}' is not loopback, and local mode talks to this machine only";
        }

        if (!ServiceUrlHostPolicy.IsAllowed(requestUri.Host, settings.EffectiveAllowedServiceUrlHosts))
        {
            return $"host '{requestUri.Host}' is not on the service URL allow-list";
        }

        return null;
    }
}
