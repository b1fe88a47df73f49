using PlanBot.Domain.Reminders;

namespace PlanBot.Scheduling;

internal static partial class SchedulingLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Reminder stage {Stage} of {Quarter} scheduled at {At:O}")]
    public static partial void ReminderStageScheduled(ILogger logger, string quarter, ReminderScheduleStage stage, DateTimeOffset at);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Weekly digest of the week of {Week:yyyy-MM-dd} scheduled at {At:O}")]
    public static partial void WeeklyDigestScheduled(ILogger logger, DateOnly week, DateTimeOffset at);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Trigger {TriggerKey} was due at {At:O} while the scheduler was down: it fires once now")]
    public static partial void MissedTriggerKept(ILogger logger, string triggerKey, DateTimeOffset at);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Debug, Message = "Trigger {TriggerKey} at {At:O} already stored")]
    public static partial void TriggerKept(ILogger logger, string triggerKey, DateTimeOffset at);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "Trigger {TriggerKey} no longer matches the schedule settings: removed")]
    public static partial void StaleTriggerRemoved(ILogger logger, string triggerKey);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information, Message = "Reminder stage {Stage} of {Quarter} firing (scheduled {ScheduledAt:O}, refire {RefireCount})")]
    public static partial void ReminderStageFiring(ILogger logger, string quarter, ReminderScheduleStage stage, DateTimeOffset scheduledAt, int refireCount);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Error, Message = "Reminder stage {Stage} of {Quarter} failed (refire {RefireCount})")]
    public static partial void ReminderStageFailed(ILogger logger, Exception exception, string quarter, ReminderScheduleStage stage, int refireCount);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Information, Message = "Weekly digest of the week of {Week:yyyy-MM-dd} firing (scheduled {ScheduledAt:O}, refire {RefireCount})")]
    public static partial void WeeklyDigestFiring(ILogger logger, DateOnly week, DateTimeOffset scheduledAt, int refireCount);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Error, Message = "Weekly digest of the week of {Week:yyyy-MM-dd} failed (refire {RefireCount})")]
    public static partial void WeeklyDigestFailed(ILogger logger, Exception exception, DateOnly week, int refireCount);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Error, Message = "Trigger {TriggerKey} carries no readable {DataKey} ('{Value}'): nothing run")]
    public static partial void UnreadableJobData(ILogger logger, string triggerKey, string dataKey, string? value);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Information, Message = "Reminder stage {Stage} of {Quarter} ran: {Enqueued} messages enqueued, {Already} already queued")]
    public static partial void ReminderStageRan(ILogger logger, string quarter, ReminderScheduleStage stage, int enqueued, int already);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Warning, Message = "Weekly digest of the week of {Week:yyyy-MM-dd} came due, but no digest runner is registered: nothing posted")]
    public static partial void WeeklyDigestNotWired(ILogger logger, DateOnly week);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Error, Message = "The scheduler could not start (attempt {Attempt}); retrying in {Delay}. Until it starts no reminder or digest fires and /healthz/ready answers 503")]
    public static partial void SchedulerStartFailed(ILogger logger, Exception exception, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 2113, Level = LogLevel.Information, Message = "Scheduler started ({Mode}): reminder stages and weekly digests fire from now")]
    public static partial void SchedulerStarted(ILogger logger, string mode);
}
