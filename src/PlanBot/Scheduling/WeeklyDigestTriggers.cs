using System.Globalization;
using PlanBot.Domain.Calendar;
using Quartz;

namespace PlanBot.Scheduling;

/// <summary>
/// Keeps the weekly digest's chain of one-shot triggers: the post day moves when Monday is a holiday, which no cron
/// expression says, so each week gets its own trigger at the instant <see cref="WeeklyDigestSchedule"/> computes.
/// </summary>
public sealed class WeeklyDigestTriggers(WeeklyDigestSchedule schedule, TimeProvider clock, ILogger<WeeklyDigestTriggers> logger)
{
    public const string Group = "weekly-digest";

    /// <summary>"yyyy-MM-dd", how a week (its nominal digest day) is written in keys and job data.</summary>
    public const string WeekFormat = "yyyy-MM-dd";

    /// <summary>One key per week ("2027-01-11"), so storing a week twice is one trigger.</summary>
    public static TriggerKey KeyOf(DateOnly week) => new(week.ToString(WeekFormat, CultureInfo.InvariantCulture), Group);

    public ITrigger Build(WeeklyDigestSlot slot) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(KeyOf(slot.Week))
            .ForJob(WeeklyDigestJob.Key)
            .UsingJobData(WeeklyDigestJob.WeekKey, slot.Week.ToString(WeekFormat, CultureInfo.InvariantCulture))
            .WithDescription($"Digest of the week of {slot.Week.ToString(WeekFormat, CultureInfo.InvariantCulture)}")
            .StartAt(slot.At)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    /// <summary>Stores the trigger of the first digest due strictly after <paramref name="after"/>.</summary>
    public async Task<WeeklyDigestSlot> ScheduleNextAsync(IScheduler scheduler, DateTimeOffset after, CancellationToken cancellationToken)
    {
        var next = schedule.NextAfter(after);
        await scheduler.ScheduleTrigger(Build(next), TriggerConflict.Replace, cancellationToken);
        SchedulingLog.WeeklyDigestScheduled(logger, next.Week, next.At);
        return next;
    }

    /// <summary>At start: as <see cref="ReminderStageTriggers.EnsureScheduledAsync"/>, for the digest.</summary>
    public async Task EnsureScheduledAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var next = schedule.NextAfter(now);
        await TriggerChain.EnsureAsync(
            scheduler, WeeklyDigestJob.Key, now, KeyOf(next.Week), next.At, () => ScheduleNextAsync(scheduler, now, cancellationToken), logger, cancellationToken);
    }
}
