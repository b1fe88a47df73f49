using Microsoft.Extensions.Options;

namespace PlanBot.Connector.Client;

/// <summary>
/// Holds outbound calls back just enough to stay inside Teams' sliding-window limits, per conversation and per app,
/// so a digest to many users or a burst of replies is slowed rather than throttled. Waits on the injected clock.
/// </summary>
internal sealed class SendPacer(IOptions<BotConnectorOptions> options, TimeProvider timeProvider)
{
    private const int SweepThreshold = 10_000;
    private readonly Dictionary<string, Queue<DateTimeOffset>> conversations = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> app = new();
    private readonly Lock gate = new();

    /// <summary>Waits until one more call may go to <paramref name="conversationId"/> (null: counts for the app only).</summary>
    public async ValueTask WaitTurnAsync(string? conversationId, CancellationToken cancellationToken)
    {
        var settings = options.Value.Pacing;
        if (!settings.Enabled)
        {
            return;
        }

        while (true)
        {
            var wait = TryTake(conversationId, settings);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records the call and returns zero when it may go now; otherwise how long until it might.</summary>
    private TimeSpan TryTake(string? conversationId, SendPacingOptions settings)
    {
        lock (gate)
        {
            var now = timeProvider.GetUtcNow();
            var longest = settings.ConversationSustainedWindow > settings.ConversationBurstWindow
                ? settings.ConversationSustainedWindow
                : settings.ConversationBurstWindow;
            Prune(app, now - settings.AppWindow);
            var wait = WaitFor(app, settings.AppLimit, settings.AppWindow, now);

            Queue<DateTimeOffset>? sent = null;
            if (conversationId is not null)
            {
                if (conversations.Count > SweepThreshold)
                {
                    Sweep(now - longest);
                }

                sent = conversations.TryGetValue(conversationId, out var existing) ? existing : new Queue<DateTimeOffset>();
                Prune(sent, now - longest);
                wait = Max(wait, WaitFor(sent, settings.ConversationBurstLimit, settings.ConversationBurstWindow, now));
                wait = Max(wait, WaitFor(sent, settings.ConversationSustainedLimit, settings.ConversationSustainedWindow, now));
            }

            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            app.Enqueue(now);
            if (sent is not null)
            {
                sent.Enqueue(now);
                conversations[conversationId!] = sent;
            }

            return TimeSpan.Zero;
        }
    }

    /// <summary>How long until fewer than <paramref name="limit"/> of the recorded calls fall within the window.</summary>
    private static TimeSpan WaitFor(Queue<DateTimeOffset> sent, int limit, TimeSpan window, DateTimeOffset now)
    {
        var inWindow = sent.Where(at => at > now - window).ToList();
        if (inWindow.Count < limit)
        {
            return TimeSpan.Zero;
        }

        // The call that must leave the window before this one may go.
        return inWindow[inWindow.Count - limit] + window - now;
    }

    private static void Prune(Queue<DateTimeOffset> sent, DateTimeOffset cutoff)
    {
        while (sent.TryPeek(out var oldest) && oldest <= cutoff)
        {
            sent.Dequeue();
        }
    }

    private void Sweep(DateTimeOffset cutoff)
    {
        foreach (var (key, sent) in conversations.ToList())
        {
            Prune(sent, cutoff);
            if (sent.Count == 0)
            {
                conversations.Remove(key);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
