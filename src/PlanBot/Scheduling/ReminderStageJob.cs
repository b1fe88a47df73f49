using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using Quartz;

namespace PlanBot.Scheduling;

/// <summary>
/// Fires one stage of a quarter's reminder cycle: stores the next stage's trigger, then hands this one to
/// <see cref="IReminderStageRunner"/>. The class name is persisted with the job: do not rename or move it.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ReminderStageJob(
    IReminderStageRunner runner,
    ReminderStageTriggers triggers,
    ReminderSchedule schedule,
    TimeProvider clock,
    ILogger<ReminderStageJob> logger) : IJob
{
    public static readonly JobKey Key = new("reminder-stage", "reminders");

    /// <summary>Job data: the quarter, "2026Q3".</summary>
    public const string QuarterKey = "quarter";

    /// <summary>Job data: the stage, a <see cref="ReminderScheduleStage"/> name.</summary>
    public const string StageKey = "stage";

    private const int MaxImmediateRefires = 2;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var scheduledAt = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (context.RefireCount == 0)
        {
            // The chain goes on whatever this stage does. "After" is never before the scheduled instant, so a fire a
            // moment early cannot store this same stage again, and never before now, so after downtime the stages
            // missed meanwhile are skipped rather than fired one by one.
            var now = clock.GetUtcNow();
            await triggers.ScheduleNextAsync(context.Scheduler, scheduledAt > now ? scheduledAt : now, cancellationToken);
        }

        var data = context.MergedJobDataMap;
        if (!data.TryGetString(StageKey, out var stageText) || !Enum.TryParse<ReminderScheduleStage>(stageText, out var stage)
            || !Enum.IsDefined(stage))
        {
            SchedulingLog.UnreadableJobData(logger, context.Trigger.Key.ToString(), StageKey, stageText);
            return;
        }

        // The quarter the trigger was stored for; a trigger without one (made by hand) belongs to the quarter of its
        // scheduled instant, never to the quarter of "now", which after downtime may be the next one.
        var quarter = data.TryGetString(QuarterKey, out var quarterText) && FiscalQuarter.TryParse(quarterText, out var stored)
            ? stored
            : schedule.QuarterOf(stage, scheduledAt);

        SchedulingLog.ReminderStageFiring(logger, quarter.ToString(), stage, scheduledAt, context.RefireCount);
        try
        {
            await runner.RunAsync(quarter, stage, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            SchedulingLog.ReminderStageFailed(logger, exception, quarter.ToString(), stage, context.RefireCount);
            throw new JobExecutionException($"Reminder stage {stage} of {quarter} failed.", exception)
            {
                RefireImmediately = context.RefireCount < MaxImmediateRefires,
            };
        }
    }
}
