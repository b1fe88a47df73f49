using Microsoft.EntityFrameworkCore;
using PlanBot.Domain.Conversations;

namespace PlanBot.Data.Stores;

/// <summary>
/// <see cref="IInboundActivityLog"/> in the plan store: one conditional upsert per activity (the same SQL on SQLite and
/// PostgreSQL), which inserts a new key or revives an expired one and leaves a live one alone.
/// </summary>
public sealed class InboundActivityLog(IDbContextFactory<PlanDbContext> contextFactory) : IInboundActivityLog
{
    public async Task<bool> TryRecordAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var utcNow = now.UtcDateTime;
        var until = (now + window).UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var written = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO inbound_activities ("Key", "ExpiresAtUtc") VALUES ({key}, {until})
            ON CONFLICT ("Key") DO UPDATE SET "ExpiresAtUtc" = excluded."ExpiresAtUtc"
            WHERE inbound_activities."ExpiresAtUtc" <= {utcNow}
            """,
            cancellationToken).ConfigureAwait(false);
        return written == 1;
    }

    public async Task<bool> IsRecordedAsync(string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var utcNow = now.UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.InboundActivities.AnyAsync(a => a.Key == key && a.ExpiresAtUtc > utcNow, cancellationToken).ConfigureAwait(false);
    }

    public async Task ForgetAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.InboundActivities.Where(a => a.Key == key).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var utcNow = now.UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.InboundActivities.Where(a => a.ExpiresAtUtc <= utcNow).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
