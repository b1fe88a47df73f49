using System.Threading.Channels;
using PlanBot.Scheduling;

namespace PlanBot.Tests.Scheduling;

/// <summary>A digest runner that records each week it is asked to post, with the (fake) time it was asked.</summary>
internal sealed class RecordingWeeklyDigestRunner(TimeProvider clock) : IWeeklyDigestRunner
{
    private readonly Channel<WeeklyDigestRun> _pending = Channel.CreateUnbounded<WeeklyDigestRun>();
    private readonly List<WeeklyDigestRun> _all = [];

    public IReadOnlyList<WeeklyDigestRun> All
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    public Task RunAsync(DateOnly week, CancellationToken cancellationToken)
    {
        var run = new WeeklyDigestRun(week, clock.GetUtcNow());
        lock (_all)
        {
            _all.Add(run);
        }

        _pending.Writer.TryWrite(run);
        return Task.CompletedTask;
    }

    public async Task<WeeklyDigestRun> NextAsync()
    {
        using var timeout = new CancellationTokenSource(SchedulingHost.Patience);
        return await _pending.Reader.ReadAsync(timeout.Token);
    }
}
