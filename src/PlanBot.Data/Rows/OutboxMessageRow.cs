using PlanBot.Domain.Outbox;

namespace PlanBot.Data.Rows;

/// <summary>A proactive send waiting in, or done with, the outbox. Instants are UTC.</summary>
public sealed class OutboxMessageRow
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    public required string IdempotencyKey { get; set; }

    public string? TargetEmail { get; set; }

    public string? ConversationId { get; set; }

    public required string Payload { get; set; }

    public OutboxState State { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public string? LastError { get; set; }

    public string? SentActivityId { get; set; }

    public DateTime? SentAtUtc { get; set; }
}
