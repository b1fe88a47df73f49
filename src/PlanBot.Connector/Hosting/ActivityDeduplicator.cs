using Microsoft.Extensions.Options;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// Remembers recently accepted activity ids so a redelivered activity is processed once. Bounded both in time
/// (the window) and in size (oldest forgotten first), so it cannot grow without end. In this process only: the
/// default for a single instance.
/// </summary>
public sealed class ActivityDeduplicator(IOptions<BotConnectorOptions> options, TimeProvider timeProvider) : IActivityDeduplicator
{
    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset At)> order = new();
    private readonly Lock gate = new();

    /// <summary>The key for an activity, or null when it has no id (then it cannot be deduplicated).</summary>
    public static string? KeyOf(Activity activity) =>
        string.IsNullOrEmpty(activity.Id) ? null : $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";

    public ValueTask<bool> TryBeginAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult(TryBegin(key));

    public ValueTask<bool> IsKnownAsync(string key, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            Evict(now - options.Value.Processing.DeduplicationWindow);
            return ValueTask.FromResult(seen.ContainsKey(key));
        }
    }

    public ValueTask ForgetAsync(string key, CancellationToken cancellationToken)
    {
        Forget(key);
        return ValueTask.CompletedTask;
    }

    /// <summary>True the first time a key is seen within the window; false for a repeat.</summary>
    public bool TryBegin(string key)
    {
        var now = timeProvider.GetUtcNow();
        var settings = options.Value.Processing;
        lock (gate)
        {
            Evict(now - settings.DeduplicationWindow);
            if (seen.ContainsKey(key))
            {
                return false;
            }

            seen[key] = now;
            order.Enqueue((key, now));
            while (seen.Count > settings.DeduplicationCapacity && order.TryDequeue(out var oldest))
            {
                RemoveIfCurrent(oldest);
            }

            return true;
        }
    }

    /// <summary>Forgets a key whose activity was not accepted after all, so the channel's retry is processed.</summary>
    public void Forget(string key)
    {
        lock (gate)
        {
            seen.Remove(key);
        }
    }

    private void Evict(DateTimeOffset cutoff)
    {
        while (order.TryPeek(out var oldest) && oldest.At <= cutoff)
        {
            order.Dequeue();
            RemoveIfCurrent(oldest);
        }
    }

    private void RemoveIfCurrent((string Key, DateTimeOffset At) entry)
    {
        if (seen.TryGetValue(entry.Key, out var at) && at == entry.At)
        {
            seen.Remove(entry.Key);
        }
    }
}
