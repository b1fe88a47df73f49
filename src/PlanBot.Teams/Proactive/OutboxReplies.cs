using PlanBot.Connector.Hosting;
using PlanBot.Domain.Reminders;

namespace PlanBot.Teams.Proactive;

/// <summary>
/// Keeps a reply a turn could not deliver in time as an outbox message (its key naming the inbound activity and the
/// reply's place in the turn, so a turn handled twice queues it once), and wakes the outbox sender to try it soon.
/// </summary>
internal sealed class OutboxReplies(IOutbox outbox, OutboxSender sender) : IReplyOutbox
{
    public async Task<bool> DeferAsync(DeferredReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var entry = new OutboxEntry(OutboxKinds.Reply, reply.Key, null, reply.ConversationId, ReplyPayload.Of(reply).ToJson());
        await outbox.EnqueueAsync(entry, cancellationToken).ConfigureAwait(false);
        sender.Wake();
        return true;
    }
}
