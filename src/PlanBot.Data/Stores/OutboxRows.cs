using Microsoft.EntityFrameworkCore;
using PlanBot.Domain.Outbox;
using PlanBot.Data.Rows;

namespace PlanBot.Data.Stores;

/// <summary>
/// Adds outbox messages to a context whose transaction the caller commits, so a message can be queued in the same
/// transaction as the state that decided it (a cycle and its cards). Keys already queued, in any state, are skipped.
/// </summary>
internal static class OutboxRows
{
    /// <summary>Keys looked up per query: well under every provider's parameter limit.</summary>
    private const int KeysPerQuery = 500;

    /// <returns>The keys added (each once, even when listed twice).</returns>
    public static async Task<IReadOnlySet<string>> AddNewAsync(PlanDbContext db, IReadOnlyList<OutboxEntry> entries, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries)
        {
            Validate(entry);
        }

        var keys = entries.Select(e => e.IdempotencyKey).Distinct(StringComparer.Ordinal).ToArray();
        var queued = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            queued.UnionWith(await db.OutboxMessages
                .Where(m => chunk.Contains(m.IdempotencyKey))
                .Select(m => m.IdempotencyKey)
                .ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        var added = new HashSet<string>(StringComparer.Ordinal);
        db.OutboxMessages.AddRange(entries
            .Where(e => !queued.Contains(e.IdempotencyKey) && added.Add(e.IdempotencyKey))
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
            .ToList());
        return added;
    }

    private static void Validate(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.IdempotencyKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(entry.IdempotencyKey.Length, OutboxEntry.MaxKeyLength);
    }
}
