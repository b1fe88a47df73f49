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
        var stage = ReadStage(context.MergedJobDataMap);

        // The quarter the trigger was stored for; a trigger without one (made by hand) belongs to the quarter of its
        // scheduled instant, never to the quarter of "now", which after downtime may be the next one.
        FiscalQuarter? quarter = context.MergedJobDataMap.TryGetString(QuarterKey, out var quarterText) && FiscalQuarter.TryParse(quarterText, out var stored)
            ? stored
            : stage is { } known ? schedule.QuarterOf(known, scheduledAt) : null;

        if (context.RefireCount == 0)
        {
            // The chain goes on whatever this stage does. The next stage is the first one due after the latest of:
            // the scheduled instant (a fire a moment early cannot store this stage again), now (after downtime the
            // stages missed meanwhile are skipped, not fired one by one), and this stage's instant under the current
            // settings (settings changed while down cannot bring this same stage back).
            var after = Latest(scheduledAt, clock.GetUtcNow());
            if (quarter is { } firedQuarter && stage is { } firedStage)
            {
                after = Latest(after, schedule.InstantOf(firedQuarter, firedStage));
            }

            await triggers.ScheduleNextAsync(context.Scheduler, after, cancellationToken);
        }

        if (stage is not { } due || quarter is not { } dueQuarter)
        {
            context.MergedJobDataMap.TryGetString(StageKey, out var stageText);
            SchedulingLog.UnreadableJobData(logger, context.Trigger.Key.ToString(), StageKey, stageText);
            return;
        }

        await RunAsync(context, dueQuarter, due, scheduledAt, cancellationToken);
    }

    private async Task RunAsync(
        IJobExecutionContext context, FiscalQuarter quarter, ReminderScheduleStage stage, DateTimeOffset scheduledAt, CancellationToken cancellationToken)
    {
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

    private static ReminderScheduleStage? ReadStage(JobDataMap data) =>
        data.TryGetString(StageKey, out var text) && Enum.TryParse<ReminderScheduleStage>(text, out var stage) && Enum.IsDefined(stage)
            ? stage
            : null;

    private static DateTimeOffset Latest(DateTimeOffset first, DateTimeOffset second) => first > second ? first : second;
}
