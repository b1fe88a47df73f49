using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Domain.Conversations;

namespace PlanBot.Teams.Proactive;

/// <summary>Log lines of proactive sends. Emails are logged (admins need to know who was not reached); message bodies never.</summary>
internal static partial class ProactiveLog
{
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
