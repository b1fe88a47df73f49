namespace PlanBot.FanOut;

/// <summary>
/// Teams' documented send limits as the fake enforces them: per app a token bucket of <see cref="AppPerSecond"/>
/// requests a second (Teams: 50; holding at most one second's worth), and per conversation at most 7 sends in any second
/// and 60 in any 30 seconds (sliding windows). A refused send takes nothing from either.
/// </summary>
internal sealed class TeamsLimits(TimeProvider clock, int appPerSecond)
{
    public const int TeamsAppPerSecond = 50;
    private const int ConversationBurst = 7;
    private const int ConversationSustained = 60;
    private static readonly TimeSpan BurstWindow = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan SustainedWindow = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, Queue<long>> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private double _tokens = appPerSecond;
    private long _refilledAt = clock.GetTimestamp();

    public TimeProvider Clock => clock;

    public int AppPerSecond => appPerSecond;

    /// <summary>Zero when the send may go (and it is counted); otherwise how long until it might.</summary>
    public TimeSpan TryTake(string conversationId)
    {
        lock (_gate)
        {
            var now = clock.GetTimestamp();
            _tokens = Math.Min(appPerSecond, _tokens + (clock.GetElapsedTime(_refilledAt, now).TotalSeconds * appPerSecond));
            _refilledAt = now;
            var wait = _tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromSeconds((1 - _tokens) / appPerSecond);

            if (!_conversations.TryGetValue(conversationId, out var sent))
            {
                sent = new Queue<long>();
                _conversations[conversationId] = sent;
            }

            while (sent.TryPeek(out var oldest) && clock.GetElapsedTime(oldest, now) >= SustainedWindow)
            {
                sent.Dequeue();
            }

            wait = Max(wait, WaitFor(sent, ConversationBurst, BurstWindow, now));
            wait = Max(wait, WaitFor(sent, ConversationSustained, SustainedWindow, now));
            if (wait > TimeSpan.Zero)
            {
                return wait;
            }

            _tokens -= 1;
            sent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }

    private TimeSpan WaitFor(Queue<long> sent, int limit, TimeSpan window, long now)
    {
        var inWindow = sent.Where(at => clock.GetElapsedTime(at, now) < window).ToList();
        return inWindow.Count < limit ? TimeSpan.Zero : window - clock.GetElapsedTime(inWindow[^limit], now);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
