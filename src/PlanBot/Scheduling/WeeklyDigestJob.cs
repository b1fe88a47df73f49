using System.Globalization;
using Quartz;

namespace PlanBot.Scheduling;

/// <summary>
/// Fires one week's digest: stores the next week's trigger, then hands this week to <see cref="IWeeklyDigestRunner"/>.
/// The class name is persisted with the job: do not rename or move it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class WeeklyDigestJob(
    IWeeklyDigestRunner runner,
    WeeklyDigestTriggers triggers,
    TimeProvider clock,
    ILogger<WeeklyDigestJob> logger) : IJob
{
    public static readonly JobKey Key = new("weekly-digest", "digest");

    /// <summary>Job data: the week's nominal digest day, "yyyy-MM-dd".</summary>
    public const string WeekKey = "week";

    private const int MaxImmediateRefires = 2;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduledAt = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (context.RefireCount == 0)
        {
            // As in ReminderStageJob: never this week again, and after downtime no catching up week by week.
            var now = clock.GetUtcNow();
            await triggers.ScheduleNextAsync(context.Scheduler, scheduledAt > now ? scheduledAt : now, cancellationToken);
        }

        if (!context.MergedJobDataMap.TryGetString(WeekKey, out var weekText)
            || !DateOnly.TryParseExact(weekText, WeeklyDigestTriggers.WeekFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var week))
        {
            SchedulingLog.UnreadableJobData(logger, context.Trigger.Key.ToString(), WeekKey, weekText);
            return;
        }

        SchedulingLog.WeeklyDigestFiring(logger, week, scheduledAt, context.RefireCount);
        try
        {
            await runner.RunAsync(week, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulingLog.WeeklyDigestFailed(logger, exception, week, context.RefireCount);
            throw new JobExecutionException($"Weekly digest of {week:yyyy-MM-dd} failed.", exception)
            {
                RefireImmediately = context.RefireCount < MaxImmediateRefires,
            };
        }
    }
}
