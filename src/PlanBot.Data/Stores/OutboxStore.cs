using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanBot.Data.Rows;
using PlanBot.Domain.Outbox;

namespace PlanBot.Data.Stores;

/// <summary>
/// The outbox in the plan store, on the injected clock. A claim never hands one message to two senders: on SQLite it
/// runs in a write transaction (BEGIN IMMEDIATE, one writer at a time); on PostgreSQL it locks the rows it takes with
/// FOR UPDATE SKIP LOCKED, so instances sharing the database claim disjoint messages without waiting on each other.
/// </summary>
public sealed class OutboxStore(IDbContextFactory<PlanDbContext> contextFactory, TimeProvider clock, IOptions<OutboxOptions> options) : IOutbox
{
    /// <summary>Errors are kept for admins, not whole response bodies.</summary>
    private const int MaxErrorLength = 2000;

    public async Task<bool> EnqueueAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (await EnqueueManyAsync([entry], cancellationToken).ConfigureAwait(false)).Count == 1;
    }

    public async Task<IReadOnlySet<string>> EnqueueManyAsync(IReadOnlyList<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = await OutboxRows.InsertNewAsync(db, entries, clock.GetUtcNow().UtcDateTime, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);

        // Most polls find nothing due: they read, and take no write transaction. On SQLite a claim's transaction holds the
        // store's one write lock (and the first pass after a start compiled its query inside it, holding up the
        // scheduler's start), and its commit waits for a disk flush. Something due meanwhile is found by the next pass.
        if (!await db.OutboxMessages.AnyAsync(m => m.State == OutboxState.Pending && m.NextAttemptAtUtc <= now, cancellationToken).ConfigureAwait(false))
        {
            return [];
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var due = PlanStoreDatabase.IsPostgreSql(db.Database)
            ? await db.OutboxMessages.FromSql($"""
                SELECT * FROM outbox_messages
                WHERE "State" = {nameof(OutboxState.Pending)} AND "NextAttemptAtUtc" <= {now}
                ORDER BY "NextAttemptAtUtc", "Id"
                LIMIT {maxCount}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken).ConfigureAwait(false)
            : await db.OutboxMessages
                .Where(m => m.State == OutboxState.Pending && m.NextAttemptAtUtc <= now)
                .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
                .Take(maxCount)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var message in due)
        {
            message.Attempts++;
            message.NextAttemptAtUtc = now + options.Value.ClaimTimeout;
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return due.Select(ToDomain).ToArray();
    }

    public Task MarkSentAsync(long id, string? activityId, CancellationToken cancellationToken) =>
        UpdateAsync(id, (message, now) =>
        {
            message.State = OutboxState.Sent;
            message.SentActivityId = activityId;
            message.SentAtUtc = now;
            message.LastError = null;
        }, cancellationToken);

    public Task MarkFailedAsync(long id, string error, TimeSpan? retryAfter, CancellationToken cancellationToken) =>
        UpdateAsync(id, (message, now) =>
        {
            message.LastError = Truncate(error);
            var settings = options.Value;
            if (message.Attempts >= settings.MaxAttempts)
            {
                message.State = OutboxState.FailedPermanent;
                return;
            }

            var delay = Backoff(settings, message.Attempts);
            message.NextAttemptAtUtc = now + (retryAfter > delay ? retryAfter.Value : delay);
        }, cancellationToken);

    public Task MarkFailedPermanentlyAsync(long id, string error, CancellationToken cancellationToken) =>
        UpdateAsync(id, (message, _) =>
        {
            message.LastError = Truncate(error);
            message.State = OutboxState.FailedPermanent;
        }, cancellationToken);

    public async Task<OutboxMessage?> FindAsync(string idempotencyKey, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await findQuery(db, idempotencyKey, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToDomain(row);
    }

    /// <summary>Compiled per store (a compiled query serves one model): every card answer reads its card's message.</summary>
    private readonly Func<PlanDbContext, string, CancellationToken, Task<OutboxMessageRow?>> findQuery =
        EF.CompileAsyncQuery((PlanDbContext db, string idempotencyKey, CancellationToken _) =>
            db.OutboxMessages.AsNoTracking().SingleOrDefault(m => m.IdempotencyKey == idempotencyKey));

    public async Task<OutboxBacklog> GetBacklogAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var pending = db.OutboxMessages.AsNoTracking().Where(m => m.State == OutboxState.Pending);
        var count = await pending.CountAsync(cancellationToken).ConfigureAwait(false);
        DateTime? oldest = count == 0 ? null : await pending.MinAsync(m => (DateTime?)m.CreatedAtUtc, cancellationToken).ConfigureAwait(false);
        return new OutboxBacklog(count, oldest is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc), TimeSpan.Zero) : null);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith(keyPrefix))
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(ToDomain).ToArray();
    }

    /// <summary>The wait after the n-th failed attempt: the first delay, doubled each time, capped.</summary>
    internal static TimeSpan Backoff(OutboxOptions settings, int attempts)
    {
        var doublings = Math.Clamp(attempts - 1, 0, 30);
        var ticks = Math.Min(settings.FirstRetryDelay.Ticks * (1L << doublings), settings.MaxRetryDelay.Ticks);
        return TimeSpan.FromTicks(ticks < 0 ? settings.MaxRetryDelay.Ticks : ticks);
    }

    private async Task UpdateAsync(long id, Action<OutboxMessageRow, DateTime> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Outbox message {id} does not exist.");
        if (row.State != OutboxState.Pending)
        {
            throw new InvalidOperationException($"Outbox message {id} is already {row.State}.");
        }

        change(row, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];

    private static OutboxMessage ToDomain(OutboxMessageRow row) => new(
        row.Id,
        row.Kind,
        row.IdempotencyKey,
        row.TargetEmail,
        row.ConversationId,
        row.Payload,
        row.State,
        row.Attempts,
        new DateTimeOffset(DateTime.SpecifyKind(row.NextAttemptAtUtc, DateTimeKind.Utc), TimeSpan.Zero),
        row.LastError,
        row.SentActivityId);
}
