using System.Collections.Concurrent;
using PlanBot.Connector.Client;
using PlanBot.Domain.Conversations;

namespace PlanBot.Teams.Conversations;

/// <summary>
/// The serviceUrls the bot's token may go to: those seen on authenticated activities in this process, and those of
/// stored conversations (which were recorded from authenticated activities), so proactive sends work after a restart.
/// </summary>
internal sealed class StoredTrustedServiceUrls(IConversationStore store) : ITrustedServiceUrls
{
    // A cache of what this process has seen or looked up, bounded by the handful of Teams regions; not a source of truth.
    private readonly ConcurrentDictionary<string, bool> _trusted = new(StringComparer.OrdinalIgnoreCase);

    public ValueTask TrustAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        _trusted[Key(serviceUrl)] = true;
        return ValueTask.CompletedTask;
    }

    public async ValueTask<bool> IsTrustedAsync(Uri serviceUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var key = Key(serviceUrl);
        if (_trusted.ContainsKey(key))
        {
            return true;
        }

        if (!await store.IsKnownServiceUrlAsync(serviceUrl.ToString(), cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        _trusted[key] = true;
        return true;
    }

    private static string Key(Uri serviceUrl) => serviceUrl.ToString().TrimEnd('/');
}
