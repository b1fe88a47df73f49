using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace PlanBot.Connector.Auth;

/// <summary>
/// The OpenID metadata and its keys, cached for the refresh interval and fetched again at once when a token names an
/// unknown key (rotation) — at most once per <see cref="MinimumForcedRefreshInterval"/>, so forged kids cannot make
/// the bot hammer the issuer. IdentityModel's ConfigurationManager is not used because since 8.x it refreshes in the
/// background after RequestRefresh, so the request that found the new key would still be refused.
/// A failed fetch keeps the last good keys.
/// </summary>
internal sealed class OpenIdKeyCache(Uri metadataUrl, IDocumentRetriever retriever, TimeSpan refreshInterval, TimeProvider timeProvider)
{
    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private OpenIdConnectConfiguration? current;
    private DateTimeOffset fetchedAt;
    private DateTimeOffset lastForcedAt = DateTimeOffset.MinValue;

    public async Task<OpenIdConnectConfiguration> GetAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (IsFresh(forceRefresh, timeProvider.GetUtcNow()) is { } fresh)
        {
            return fresh;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = timeProvider.GetUtcNow();
            if (IsFresh(forceRefresh, now) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            if (forceRefresh)
            {
                lastForcedAt = now;
            }

            try
            {
                current = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl.AbsoluteUri, retriever, cancellationToken).ConfigureAwait(false);
                fetchedAt = now;
            }
            catch (Exception) when (current is not null && !cancellationToken.IsCancellationRequested)
            {
                // Keep the last good keys; the next request or interval tries again.
            }

            return current!;
        }
        finally
        {
            gate.Release();
        }
    }

    private OpenIdConnectConfiguration? IsFresh(bool forceRefresh, DateTimeOffset now)
    {
        if (current is null)
        {
            return null;
        }

        if (forceRefresh)
        {
            return now - lastForcedAt < MinimumForcedRefreshInterval ? current : null;
        }

        return now - fetchedAt < refreshInterval ? current : null;
    }
}
