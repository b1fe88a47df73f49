using Quartz;

namespace PlanBot.Scheduling;

/// <summary>
/// Starts Quartz beside the web host instead of before it: creating the scheduler on its store and checking the triggers
/// (the largest part of a start after the compiled model) run on a background thread (as every BackgroundService's work
/// does since .NET 10) while the rest of the host starts, so they delay neither <c>/healthz</c> nor, more than they must,
/// readiness. First it makes sure the next reminder stage and the next digest have their triggers, with the scheduler
/// still in standby so nothing fires while the chain is checked, then it starts the scheduler. Until then
/// <c>/healthz/ready</c> says the scheduler has not started. It is registered after the store's migration and the seed
/// check, whose hosted services finish before it starts. A failure (the store unreachable, the disk full) is logged and
/// retried, with readiness 503 meanwhile. On stop, running jobs are waited for.
/// </summary>
internal sealed class ScheduleStartService(
    ISchedulerFactory schedulerFactory,
    ReminderStageTriggers reminderStages,
    WeeklyDigestTriggers weeklyDigests,
    TimeProvider clock,
    ILogger<ScheduleStartService> logger) : BackgroundService
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IScheduler? _scheduler;

    /// <summary>Completes once the scheduler runs; cancelled when the host stops first.</summary>
    public Task Started => _started.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await StartSchedulerAsync(stoppingToken);
                    _started.TrySetResult();
                    return;
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    var delay = TimeSpan.FromSeconds(Math.Min(30, 1 << Math.Min(attempt - 1, 5)));
                    SchedulingLog.SchedulerStartFailed(logger, e, attempt, delay);
                    await Task.Delay(delay, clock, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _started.TrySetCanceled(stoppingToken);
        }
    }

    private async Task StartSchedulerAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        _scheduler = scheduler;
        await reminderStages.EnsureScheduledAsync(scheduler, cancellationToken);
        await weeklyDigests.EnsureScheduledAsync(scheduler, cancellationToken);
        await scheduler.Start(cancellationToken);

        // Quartz's own start-up lines are at Warning by default (appsettings.json): two dozen lines of its settings.
        var clustered = (await scheduler.GetMetadata(cancellationToken)).JobStoreClustered;
        SchedulingLog.SchedulerStarted(logger, clustered ? "clustered with the other instances on the store" : "one instance on the store");
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_scheduler is { Status: not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown) } scheduler)
        {
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }
}
