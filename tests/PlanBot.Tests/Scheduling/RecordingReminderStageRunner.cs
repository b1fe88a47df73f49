using System.Threading.Channels;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using PlanBot.Scheduling;

namespace PlanBot.Tests.Scheduling;

/// <summary>A reminder runner that records each stage it is asked to run, with the (fake) time it was asked.</summary>
internal sealed class RecordingReminderStageRunner(TimeProvider clock) : IReminderStageRunner
{
    private readonly Channel<ReminderStageRun> _pending = Channel.CreateUnbounded<ReminderStageRun>();
    private readonly List<ReminderStageRun> _all = [];
    private Exception? _failure;

    public IReadOnlyList<ReminderStageRun> All
    {
        get
        {
            lock (_all)
            {
                return [.. _all];
            }
        }
    }

    public Task RunAsync(FiscalQuarter quarter, ReminderScheduleStage stage, CancellationToken cancellationToken)
    {
        // Read before recording: once a test has seen this run, changing the failure cannot change its outcome.
        var failure = Volatile.Read(ref _failure);
        var run = new ReminderStageRun(quarter, stage, clock.GetUtcNow());
        lock (_all)
        {
            _all.Add(run);
        }

        _pending.Writer.TryWrite(run);
        return failure is null ? Task.CompletedTask : Task.FromException(failure);
    }

    /// <summary>From now on each run is recorded and then fails with <paramref name="failure"/> (null: succeeds again).</summary>
    public void FailWith(Exception? failure) => Volatile.Write(ref _failure, failure);

    /// <summary>The next run not yet taken, waiting for it (generously: the machine may be loaded).</summary>
    public async Task<ReminderStageRun> NextAsync()
    {
        using var timeout = new CancellationTokenSource(SchedulingHost.Patience);
        return await _pending.Reader.ReadAsync(timeout.Token);
    }
}
