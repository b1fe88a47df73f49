using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Domain.Outbox;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;

namespace PlanBot.Teams.Proactive;

/// <summary>
/// Delivers a reply a turn handed to the outbox, as the turn would have: a reply into the thread, a message, or the
/// card updated in place. One attempt per pass (the outbox's backoff spaces them), so a dead host never holds the
/// sender; a conversation Teams calls unreachable is marked so, and the reply given up.
/// </summary>
internal sealed class ReplySender(
    [FromKeyedServices(ConnectorClients.NoWait)] IConnectorClient connector,
    IConversationStore conversations,
    TimeProvider clock) : IOutboxMessageSender
{
    public IReadOnlyCollection<string> Kinds { get; } = [OutboxKinds.Reply];

    public async Task<OutboxSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ReplyPayload payload;
        Activity activity;
        try
        {
            payload = ReplyPayload.FromJson(message.Payload);
            activity = payload.ReadActivity();
        }
        catch (JsonException e)
        {
            return OutboxSendResult.GiveUp($"The payload is not a reply: {e.Message}");
        }

        if (!Uri.TryCreate(payload.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return OutboxSendResult.GiveUp($"The reply's serviceUrl '{payload.ServiceUrl}' is not a URL.");
        }

        var sent = payload switch
        {
            { Kind: DeferredReplyKind.Reply, ActivityId: { } replyTo } =>
                await connector.ReplyToActivityAsync(serviceUrl, payload.ConversationId, replyTo, activity, cancellationToken).ConfigureAwait(false),
            { Kind: DeferredReplyKind.Update, ActivityId: { } replaced } =>
                await connector.UpdateActivityAsync(serviceUrl, payload.ConversationId, replaced, activity, cancellationToken).ConfigureAwait(false),
            _ => await connector.SendToConversationAsync(serviceUrl, payload.ConversationId, activity, cancellationToken).ConfigureAwait(false),
        };
        if (sent.Error is not { } error)
        {
            return OutboxSendResult.Sent(sent.Value?.Id);
        }

        var text = $"{error.Kind} {(int?)error.Status} {error.Code}: {error.Message}".Trim();
        if (error.ConversationUnreachable)
        {
            var state = error.Kind is ConnectorErrorKind.ConversationBlockedByUser or ConnectorErrorKind.BotDisabledByAdmin
                ? ConversationState.Blocked
                : ConversationState.Unreachable;
            await conversations.SetStateAsync(payload.ConversationId, state, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            return OutboxSendResult.GiveUp(text);
        }

        return error.IsTransient || error.Kind == ConnectorErrorKind.ServiceError
            ? OutboxSendResult.Retry(text, error.RetryAfter)
            : OutboxSendResult.GiveUp(text);
    }
}
