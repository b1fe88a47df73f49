using Quartz;

namespace PlanBot.Scheduling;

/// <summary>
/// What the reminder stages and the weekly digest share: a chain of one-shot triggers where each fire stores the next
/// (business days are no cron expression). At start the chain is made whole again without firing anything twice.
/// </summary>
internal static class TriggerChain
{
    /// <summary>
    /// Makes sure <paramref name="job"/> has the trigger of its next run. A trigger already due (missed during downtime)
    /// is left to fire once and continue the chain itself; a pending one that no longer matches the settings (another
    /// key or instant) is removed and the next one stored.
    /// </summary>
    /// <param name="nextKey">The key of the next run's trigger, as the settings compute it now.</param>
    /// <param name="nextAt">When that run is due.</param>
    /// <param name="scheduleNext">Stores the next run's trigger.</param>
    public static async Task EnsureAsync(
        IScheduler scheduler,
        JobKey job,
        DateTimeOffset now,
        TriggerKey nextKey,
        DateTimeOffset nextAt,
        Func<Task> scheduleNext,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var stored = await scheduler.GetTriggersOfJob(job, cancellationToken);
        if (stored.FirstOrDefault(trigger => trigger.NextFireTimeUtc <= now) is { } missed)
        {
            SchedulingLog.MissedTriggerKept(logger, missed.Key.ToString(), missed.NextFireTimeUtc!.Value);
            return;
        }

        if (stored.Count == 1 && stored.Single() is var only && only.Key.Equals(nextKey) && only.NextFireTimeUtc == nextAt)
        {
            SchedulingLog.TriggerKept(logger, nextKey.ToString(), nextAt);
            return;
        }

        foreach (var stale in stored.Where(trigger => !trigger.Key.Equals(nextKey)))
        {
            await scheduler.UnscheduleJob(stale.Key, cancellationToken);
            SchedulingLog.StaleTriggerRemoved(logger, stale.Key.ToString());
        }

        await scheduleNext();
    }
}
