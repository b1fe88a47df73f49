using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.People;

namespace PlanBot.Teams.Proactive;

/// <summary>
/// Sends one activity to a person's 1:1 chat (found or created) and says what the outbox should do with the result.
/// A conversation Teams reports unreachable (blocked, removed, gone) is marked so, and the message is given up.
/// </summary>
public sealed class PersonalDelivery(
    PersonalConversations personalConversations,
    IConversationStore conversations,
    IConnectorClient connector,
    TimeProvider clock,
    ILogger<PersonalDelivery> logger)
{
    /// <summary>The result, and on success the conversation it went to.</summary>
    /// <param name="person">Whom to send to.</param>
    /// <param name="activity">The message, drawn once the chat is known (a card can then name its user for refresh).</param>
    /// <param name="idempotencyKey">The outbox message's key, for the log.</param>
    /// <param name="cancellationToken">Stops the send.</param>
    public async Task<(OutboxSendResult Result, ConversationAddress? Conversation)> SendAsync(Person person, Func<ConversationAddress, Activity> activity, string idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(activity);
        var found = await personalConversations.FindOrCreateAsync(person, cancellationToken).ConfigureAwait(false);
        if (found.Address is not { } address)
        {
            if (found.Error is { } error)
            {
                return (Failed(error, idempotencyKey, person.Email), null);
            }

            ProactiveLog.NoConversation(logger, idempotencyKey, person.Email, found.Reason ?? "unknown");
            return (OutboxSendResult.Retry($"No 1:1 chat with {person.Email}: {found.Reason}."), null);
        }

        var sent = await connector.SendToConversationAsync(new Uri(address.ServiceUrl), address.ConversationId, activity(address) with
        {
            Type = ActivityTypes.Message,
            From = address.BotId is null ? null : new ChannelAccount { Id = address.BotId },
            Conversation = new ConversationAccount { Id = address.ConversationId },
        }, cancellationToken).ConfigureAwait(false);
        if (sent.Error is { } sendError)
        {
            if (sendError.ConversationUnreachable)
            {
                var state = sendError.Kind is ConnectorErrorKind.ConversationBlockedByUser or ConnectorErrorKind.BotDisabledByAdmin
                    ? ConversationState.Blocked
                    : ConversationState.Unreachable;
                await conversations.SetStateAsync(address.ConversationId, state, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                ProactiveLog.ConversationMarked(logger, address.ConversationId, state, sendError.Kind);
            }

            return (Failed(sendError, idempotencyKey, person.Email), null);
        }

        return (OutboxSendResult.Sent(sent.Value?.Id), address);
    }

    private OutboxSendResult Failed(ConnectorError error, string idempotencyKey, string email)
    {
        var text = $"{error.Kind} {(int?)error.Status} {error.Code}: {error.Message}".Trim();
        ProactiveLog.SendFailed(logger, idempotencyKey, email, error.Kind, error.Code, error.RetryAfter);
        return error.ConversationUnreachable || error.Kind is ConnectorErrorKind.BadRequest or ConnectorErrorKind.MessageTooLarge or ConnectorErrorKind.UntrustedServiceUrl
            ? OutboxSendResult.GiveUp(text)
            : OutboxSendResult.Retry(text, error.RetryAfter);
    }
}
