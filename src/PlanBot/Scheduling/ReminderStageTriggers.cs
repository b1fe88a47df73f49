using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using Quartz;

namespace PlanBot.Scheduling;

/// <summary>
/// Keeps the reminder stages' chain of one-shot triggers: business days are no cron expression, so each stage gets
/// its own trigger at the instant <see cref="ReminderSchedule"/> computes, and each fire stores the next one.
/// </summary>
public sealed class ReminderStageTriggers(ReminderSchedule schedule, TimeProvider clock, ILogger<ReminderStageTriggers> logger)
{
    public const string Group = "reminder-stages";

    /// <summary>One key per quarter and stage ("2026Q3-FirstReminder"), so storing a stage twice is one trigger.</summary>
    public static TriggerKey KeyOf(FiscalQuarter quarter, ReminderScheduleStage stage) => new($"{quarter}-{stage}", Group);

    /// <summary>The one-shot trigger of a stage: after downtime it fires once, at once, and carries its quarter and stage.</summary>
    public ITrigger Build(ReminderScheduleEntry entry) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(KeyOf(entry.Quarter, entry.Stage))
            .ForJob(ReminderStageJob.Key)
            .UsingJobData(ReminderStageJob.QuarterKey, entry.Quarter.ToString())
            .UsingJobData(ReminderStageJob.StageKey, entry.Stage.ToString())
            .WithDescription($"{entry.Stage} of {entry.Quarter}")
            .StartAt(entry.At)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    /// <summary>Stores the trigger of the first stage due strictly after <paramref name="after"/>.</summary>
    public async Task<ReminderScheduleEntry> ScheduleNextAsync(IScheduler scheduler, DateTimeOffset after, CancellationToken cancellationToken)
    {
        var next = schedule.NextAfter(after);
        await scheduler.ScheduleTrigger(Build(next), TriggerConflict.Replace, cancellationToken);
        SchedulingLog.ReminderStageScheduled(logger, next.Quarter.ToString(), next.Stage, next.At);
        return next;
    }

    /// <summary>
    /// At start: makes sure the next stage has its trigger. A trigger already due (missed during downtime) is left to
    /// fire once and continue the chain itself; a pending one that no longer matches the settings is replaced.
    /// </summary>
    public async Task EnsureScheduledAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var next = schedule.NextAfter(now);
        await TriggerChain.EnsureAsync(
            scheduler, ReminderStageJob.Key, now, KeyOf(next.Quarter, next.Stage), next.At, () => ScheduleNextAsync(scheduler, now, cancellationToken), logger, cancellationToken);
    }
}
