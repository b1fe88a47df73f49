namespace PlanBot.Domain.Outbox;

/// <summary>
/// Proactive sends waiting to go out, kept in the database so a crash in the middle of a fan-out neither loses nor
/// duplicates a card: each message is enqueued once under its idempotency key, claimed by the sender, and marked sent
/// (with the activity id) or failed (retried later with backoff, or given up).
/// </summary>
public interface IOutbox
{
    /// <summary>Adds a message unless one with the same <see cref="OutboxEntry.IdempotencyKey"/> exists (in any state).</summary>
    /// <returns>True when it was added; false when the key was already there (nothing changes).</returns>
    Task<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Adds, in one transaction, every message whose key is not there yet (in any state): all of them or, should the
    /// store fail, none. A fan-out of thousands of cards is queued in one short write.
    /// </summary>
    /// <returns>The keys added; the others were already queued (nothing about them changes).</returns>
    Task<IReadOnlySet<string>> EnqueueManyAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="maxCount"/> pending messages that are due, oldest due first. A claim counts as an
    /// attempt and holds the message for the claim timeout: a sender that crashes before marking it lets it come due again.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int maxCount, CancellationToken cancellationToken);

    /// <summary>Marks a claimed message sent, keeping the activity id Teams returned so the card can be updated in place.</summary>
    Task MarkSentAsync(long id, string? activityId, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed attempt. The message comes due again after exponential backoff (or after
    /// <paramref name="retryAfter"/> when the service said so, if longer), or fails permanently once its attempts are used up.
    /// </summary>
    Task MarkFailedAsync(long id, string error, TimeSpan? retryAfter, CancellationToken cancellationToken);

    /// <summary>Gives a message up at once: an error retrying cannot fix (the user left, the bot was removed).</summary>
    Task MarkFailedPermanentlyAsync(long id, string error, CancellationToken cancellationToken);

    /// <summary>The message with an idempotency key, or null.</summary>
    Task<OutboxMessage?> FindAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>How many messages are pending and when the oldest of them was queued (for the outbox gauges).</summary>
    Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken);

    /// <summary>Every message whose idempotency key starts with <paramref name="keyPrefix"/> (e.g. "2026Q3:"), oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListAsync(string keyPrefix, CancellationToken cancellationToken);
}
