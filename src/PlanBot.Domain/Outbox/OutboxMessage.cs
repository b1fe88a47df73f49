namespace PlanBot.Domain.Outbox;

/// <summary>A stored outbox message and how its sending went.</summary>
public sealed record OutboxMessage(
    long Id,
    string Kind,
    string IdempotencyKey,
    string? TargetEmail,
    string? ConversationId,
    string Payload,
    OutboxState State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    string? SentActivityId);
