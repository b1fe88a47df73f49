using PlanBot.Domain.Outbox;

namespace PlanBot.Teams.Proactive;

/// <summary>
/// Delivers the outbox messages of some <see cref="Kinds"/> (see <see cref="OutboxKinds"/>). Resolved in a scope per
/// <see cref="OutboxSender"/> pass; <see cref="OutboxSender"/> marks the message by the result.
/// </summary>
public interface IOutboxMessageSender
{
    IReadOnlyCollection<string> Kinds { get; }

    Task<OutboxSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
