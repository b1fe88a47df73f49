using Quartz;

namespace PlanBot.Scheduling;

/// <summary>
/// Makes sure the next reminder stage and the next digest have their triggers, after migrations and before the
/// scheduler starts (it starts once the application has started), so nothing fires while the chain is checked.
/// </summary>
internal sealed class ScheduleStartService(
    ISchedulerFactory schedulerFactory,
    ReminderStageTriggers reminderStages,
    WeeklyDigestTriggers weeklyDigests) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await reminderStages.EnsureScheduledAsync(scheduler, cancellationToken);
        await weeklyDigests.EnsureScheduledAsync(scheduler, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
