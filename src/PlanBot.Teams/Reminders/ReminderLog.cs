using Microsoft.Extensions.Logging;
using PlanBot.Domain.Reminders;

namespace PlanBot.Teams.Reminders;

/// <summary>Log lines of the reminder stages and their cards. Emails and keys, never card text.</summary>
internal static partial class ReminderLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "No reminder for {Quarter}: the plan store holds no plan; run 'import' first")]
    public static partial void NoPlan(ILogger logger, string quarter);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "The {Stage} stage of {Quarter} has nothing to do: the quarter has no reminder cycle")]
    public static partial void NoCycle(ILogger logger, string quarter, ReminderScheduleStage stage);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "{Stage} of {Quarter}: enqueued {Enqueued} messages ({Already} were already queued)")]
    public static partial void StageEnqueued(ILogger logger, string quarter, ReminderScheduleStage stage, int enqueued, int already);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "The manager notice of {Quarter} goes to nobody: the roster has no manager or admin")]
    public static partial void NoManagers(ILogger logger, string quarter);

    [LoggerMessage(EventId = 4116, Level = LogLevel.Information, Message = "{IdempotencyKey} not sent: every item it asks about was answered meanwhile")]
    public static partial void FollowUpNotNeeded(ILogger logger, string idempotencyKey);
}
