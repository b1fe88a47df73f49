namespace PlanBot.Domain.Outbox;

/// <summary>What waits in the outbox: pending messages (due, claimed, or waiting to be retried) and when the oldest was queued.</summary>
public sealed record OutboxBacklog(int Pending, DateTimeOffset? OldestQueuedAt);
