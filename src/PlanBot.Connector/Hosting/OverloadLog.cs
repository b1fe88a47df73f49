using Microsoft.Extensions.Logging;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// Requests refused because the activity queue is full, logged as a summary at most once per <see cref="Interval"/>
/// rather than one entry each: under overload, per-request lines would add to the overload and bury everything else.
/// The first refusal after a quiet interval is logged at once; later ones are counted into the next summary.
/// </summary>
internal sealed partial class OverloadLog(TimeProvider clock, ILogger<OverloadLog> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private long _counted;
    private long _lastLogged;

    public void QueueFull()
    {
        long count;
        lock (_gate)
        {
            _counted++;
            var now = clock.GetTimestamp();
            if (_lastLogged != 0 && clock.GetElapsedTime(_lastLogged, now) < Interval)
            {
                return;
            }

            count = _counted;
            _counted = 0;
            _lastLogged = now;
        }

        LogQueueFull(logger, count, Interval.TotalSeconds);
    }

    [LoggerMessage(EventId = 1307, Level = LogLevel.Warning, Message = "Activity queue full: {Count} activities refused with 503 for the channel to retry (logged at most once every {IntervalSeconds} s)")]
    private static partial void LogQueueFull(ILogger logger, long count, double intervalSeconds);
}
