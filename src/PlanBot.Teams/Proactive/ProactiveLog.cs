using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Reminders;

namespace PlanBot.Teams.Proactive;

/// <summary>Log lines of proactive sends. Emails are logged (admins need to know who was not reached); message bodies never.</summary>
internal static partial class ProactiveLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "No reminder for {Quarter}: the plan store holds no plan; run 'import' first")]
    public static partial void NoPlan(ILogger logger, string quarter);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "The {Stage} stage of {Quarter} has nothing to do: the quarter has no reminder cycle")]
    public static partial void NoCycle(ILogger logger, string quarter, ReminderScheduleStage stage);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "{Stage} of {Quarter}: enqueued {Enqueued} messages ({Already} were already queued)")]
    public static partial void StageEnqueued(ILogger logger, string quarter, ReminderScheduleStage stage, int enqueued, int already);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning, Message = "The manager notice of {Quarter} goes to nobody: the roster has no manager or admin")]
    public static partial void NoManagers(ILogger logger, string quarter);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Sent {IdempotencyKey} (activity {ActivityId})")]
    public static partial void Sent(ILogger logger, string idempotencyKey, string? activityId);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "{IdempotencyKey} not sent (attempt {Attempt}), will retry: {Error}")]
    public static partial void WillRetry(ILogger logger, string idempotencyKey, int attempt, string? error);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Error, Message = "{IdempotencyKey} given up: {Error}")]
    public static partial void GaveUp(ILogger logger, string idempotencyKey, string? error);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Warning, Message = "{IdempotencyKey}: no reachable 1:1 chat with {Email} ({Reason}); will retry. They can open a chat with PlanBot, or PlanBot can be installed in a team they belong to")]
    public static partial void NoConversation(ILogger logger, string idempotencyKey, string email, string reason);

    [LoggerMessage(EventId = 4114, Level = LogLevel.Warning, Message = "{IdempotencyKey} to {Email} failed: {Kind} {Code}, retry after {RetryAfter}")]
    public static partial void SendFailed(ILogger logger, string idempotencyKey, string email, ConnectorErrorKind kind, string? code, TimeSpan? retryAfter);

    [LoggerMessage(EventId = 4115, Level = LogLevel.Warning, Message = "Conversation {ConversationId} marked {State}: Teams answered {Kind}")]
    public static partial void ConversationMarked(ILogger logger, string conversationId, ConversationState state, ConnectorErrorKind kind);

    [LoggerMessage(EventId = 4116, Level = LogLevel.Information, Message = "{IdempotencyKey} not sent: every item it asks about was answered meanwhile")]
    public static partial void FollowUpNotNeeded(ILogger logger, string idempotencyKey);

    [LoggerMessage(EventId = 4117, Level = LogLevel.Error, Message = "{IdempotencyKey} failed unexpectedly; it will be retried")]
    public static partial void MessageFailed(ILogger logger, Exception exception, string idempotencyKey);

    [LoggerMessage(EventId = 4120, Level = LogLevel.Information, Message = "The outbox sender is disabled (OutboxSender:Enabled = false); nothing is sent by this host")]
    public static partial void SenderDisabled(ILogger logger);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Error, Message = "An outbox pass failed; its claimed messages come due again after the claim timeout")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Information, Message = "This instance holds the outbox sender lease: it sends the outbox")]
    public static partial void LeaseTaken(ILogger logger);

    [LoggerMessage(EventId = 4123, Level = LogLevel.Information, Message = "Another instance holds the outbox sender lease: this one stands by and takes over if it lapses")]
    public static partial void StandingBy(ILogger logger);
}
