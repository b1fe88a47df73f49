using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Outbox;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Digest;

/// <summary>
/// Posts a queued weekly digest into its channel: the digest is built at send time (so it shows the latest answers),
/// sent to the channel's stored address, and the channel's "last posted" recorded so the next digest's changes start
/// there. The outbox's per-week key has already made sure each channel gets one entry a week.
/// </summary>
public sealed partial class DigestOutboxSender(
    WeeklyDigestService digests,
    IConversationStore conversations,
    IConnectorClient connector,
    TimeProvider clock,
    ILogger<DigestOutboxSender> logger) : IOutboxMessageSender
{
    public IReadOnlyCollection<string> Kinds { get; } = [OutboxKinds.Digest];

    public async Task<OutboxSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Activity? digest;
        try
        {
            digest = await digests.BuildMessageAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            return OutboxSendResult.GiveUp(e.Message);
        }

        if (digest is null)
        {
            // Stopped after it was queued, or no plan: nothing to post, and nothing to retry.
            return OutboxSendResult.Sent(null);
        }

        if (message.ConversationId is null
            || await conversations.FindAsync(message.ConversationId, cancellationToken).ConfigureAwait(false) is not { } channel)
        {
            return OutboxSendResult.GiveUp($"The digest channel {message.ConversationId} is not a known conversation.");
        }

        if (channel.State != ConversationState.Active)
        {
            return OutboxSendResult.GiveUp($"The digest channel {channel.ConversationId} is {channel.State}.");
        }

        var sent = await connector.SendToConversationAsync(new Uri(channel.ServiceUrl), channel.ConversationId, digest with
        {
            From = channel.BotId is null ? null : new ChannelAccount { Id = channel.BotId },
            Conversation = new ConversationAccount { Id = channel.ConversationId, ConversationType = "channel" },
        }, cancellationToken).ConfigureAwait(false);
        if (sent.Error is { } error)
        {
            LogPostFailed(logger, channel.ConversationId, error.Kind, error.Code);
            if (error.ConversationUnreachable)
            {
                await conversations.SetStateAsync(channel.ConversationId, ConversationState.Unreachable, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                return OutboxSendResult.GiveUp($"{error.Kind} {error.Code}");
            }

            return error.IsTransient ? OutboxSendResult.Retry($"{error.Kind} {error.Code}", error.RetryAfter) : OutboxSendResult.GiveUp($"{error.Kind} {error.Code}");
        }

        await digests.RecordPostedAsync(message, cancellationToken).ConfigureAwait(false);
        return OutboxSendResult.Sent(sent.Value?.Id);
    }

    [LoggerMessage(EventId = 3410, Level = LogLevel.Warning, Message = "Posting the weekly digest to {ChannelId} failed: {Kind} {Code}")]
    private static partial void LogPostFailed(ILogger logger, string channelId, ConnectorErrorKind kind, string? code);
}
