using PlanBot.Domain.Outbox;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Stores;

/// <summary>
/// Inserts outbox messages in the caller's transaction, which the caller commits, so a message can be queued in the
/// same transaction as the state that decided it (a cycle and its cards). Keys already queued, in any state, are
/// skipped. The rows are written at once, in bulk: a quarter's opening queues thousands.
/// </summary>
internal static class OutboxRows
{
    /// <returns>The keys added (each once, even when listed twice).</returns>
    public static async Task<IReadOnlySet<string>> InsertNewAsync(PlanDbContext db, IReadOnlyList<OutboxEntry> entries, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            Validate(entry);
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        var rows = entries
            .Where(e => listed.Add(e.IdempotencyKey))
            .Select(e => new OutboxMessageRow
            {
                Kind = e.Kind,
                IdempotencyKey = e.IdempotencyKey,
                TargetEmail = e.TargetEmail,
                ConversationId = e.ConversationId,
                Payload = e.Payload,
                State = OutboxState.Pending,
                CreatedAtUtc = now,
                NextAttemptAtUtc = e.NotBefore?.UtcDateTime is { } notBefore && notBefore > now ? notBefore : now,
            })
            .ToList();
        var stored = await BulkInsert.InsertNewAsync(db, rows, m => m.IdempotencyKey, cancellationToken).ConfigureAwait(false);
        return stored.Select(m => m.IdempotencyKey).ToHashSet(StringComparer.Ordinal);
    }

    private static void Validate(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.IdempotencyKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(entry.IdempotencyKey.Length, OutboxEntry.MaxKeyLength);
    }
}
