using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Chat;

/// <summary>
/// How every feature answers in the conversation a turn came from: a card, a line of text, or a message replacing a
/// card. What fails after the client's retries is logged with its Teams code, never swallowed, and a conversation Teams
/// says is closed to PlanBot is marked so proactive sends skip it.
/// </summary>
public sealed partial class ChatReplies(IConversationStore conversations, TimeProvider clock, ILogger<ChatReplies> logger)
{
    /// <param name="summary">What Teams shows for the message in the activity feed and the chat list.</param>
    public Task SendCardAsync(TurnContext turn, AdaptiveCard card, string summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return SendAsync(turn, turn.Activity.CreateReply() with { Summary = summary, Attachments = [CardMessage.AttachmentOf(card)] }, cancellationToken);
    }

    public Task SendTextAsync(TurnContext turn, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return SendAsync(turn, turn.Activity.CreateReply(text), cancellationToken);
    }

    /// <summary>Sends a reply built from <see cref="Activity.CreateReply"/>.</summary>
    public async Task SendAsync(TurnContext turn, Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var result = await turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        await HandleFailureAsync(turn, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces the message <paramref name="messageId"/> of the turn's conversation (a card updated in place).</summary>
    public async Task UpdateAsync(TurnContext turn, string messageId, Activity update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var result = await turn.Connector.UpdateActivityAsync(turn.ServiceUrl, turn.ConversationId, messageId, update, cancellationToken).ConfigureAwait(false);
        await HandleFailureAsync(turn, result, cancellationToken).ConfigureAwait(false);
    }

    private async Task HandleFailureAsync(TurnContext turn, ConnectorResult result, CancellationToken cancellationToken)
    {
        if (result.Error is not { } error)
        {
            return;
        }

        LogReplyFailed(logger, turn.Activity.Type, turn.Activity.Id, error.Kind, error.Code, (int?)error.Status);
        if (error.ConversationUnreachable)
        {
            var state = error.Kind == ConnectorErrorKind.ConversationBlockedByUser ? ConversationState.Blocked : ConversationState.Unreachable;
            await conversations.SetStateAsync(turn.ConversationId, state, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Reply to {ActivityType} {ActivityId} failed: {Kind} {Code} (HTTP {Status})")]
    private static partial void LogReplyFailed(ILogger logger, string? activityType, string? activityId, ConnectorErrorKind kind, string? code, int? status);
}
