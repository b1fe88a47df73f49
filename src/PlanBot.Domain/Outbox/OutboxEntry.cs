namespace PlanBot.Domain.Outbox;

/// <summary>
/// A proactive send to enqueue. <see cref="IdempotencyKey"/> names the send itself ("2026Q3:reminder:alice@example.com:1"),
/// so deciding it twice enqueues it once. The target is a person (whose 1:1 chat the sender finds or creates) and/or a
/// known conversation; <see cref="Payload"/> is JSON the sender of that <see cref="Kind"/> understands. It is due at once,
/// or not before <see cref="NotBefore"/> (a service asked to wait).
/// </summary>
public sealed record OutboxEntry(string Kind, string IdempotencyKey, string? TargetEmail, string? ConversationId, string Payload, DateTimeOffset? NotBefore = null)
{
    public const int MaxKeyLength = 256;
}
