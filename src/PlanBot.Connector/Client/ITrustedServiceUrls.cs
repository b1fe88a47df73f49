namespace PlanBot.Connector.Client;

/// <summary>
/// The serviceUrls that arrived on authenticated activities: the only places the bot's token may be sent.
/// The endpoint fills it; an implementation may persist it so proactive sends survive a restart.
/// </summary>
public interface ITrustedServiceUrls
{
    ValueTask TrustAsync(Uri serviceUrl, CancellationToken cancellationToken);

    ValueTask<bool> IsTrustedAsync(Uri serviceUrl, CancellationToken cancellationToken);
}
