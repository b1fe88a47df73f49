using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace PlanBot.Health;

/// <summary>
/// Ready when Quartz runs: started, not in standby, not shut down. It starts beside the web host, once the reminder
/// and digest triggers were checked (<see cref="Scheduling.ScheduleStartService"/>), so an instance is not ready
/// before it can fire a reminder.
/// </summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        return await scheduler.GetStatus(cancellationToken).ConfigureAwait(false) switch
        {
            SchedulerStatus.Running => HealthCheckResult.Healthy("The scheduler runs."),
            SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown => HealthCheckResult.Unhealthy("The scheduler has shut down."),
            var status => HealthCheckResult.Unhealthy($"The scheduler has not started yet ({status})."),
        };
    }
}
