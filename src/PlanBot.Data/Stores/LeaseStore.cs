using Microsoft.EntityFrameworkCore;

namespace PlanBot.Data.Stores;

/// <summary>
/// Named leases in the plan store, taken and renewed by one conditional upsert (the same SQL on SQLite and PostgreSQL):
/// the row is written only when it is new, already this holder's, or expired, so two instances never both hold it.
/// </summary>
public sealed class LeaseStore(IDbContextFactory<PlanDbContext> contextFactory)
{
    /// <summary>Takes or renews the lease until <paramref name="now"/> + <paramref name="duration"/>; false while another holder's lease is live.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        var utcNow = now.UtcDateTime;
        var until = (now + duration).UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var written = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO leases ("Name", "Holder", "ExpiresAtUtc") VALUES ({name}, {holder}, {until})
            ON CONFLICT ("Name") DO UPDATE SET "Holder" = excluded."Holder", "ExpiresAtUtc" = excluded."ExpiresAtUtc"
            WHERE leases."Holder" = excluded."Holder" OR leases."ExpiresAtUtc" <= {utcNow}
            """,
            cancellationToken).ConfigureAwait(false);
        return written == 1;
    }

    /// <summary>Gives the lease up if this holder has it.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Leases.Where(l => l.Name == name && l.Holder == holder).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Who holds the lease and until when, or null when nobody does.</summary>
    public async Task<(string Holder, DateTimeOffset ExpiresAt)?> FindAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Name == name, cancellationToken).ConfigureAwait(false);
        return row is null ? null : (row.Holder, new DateTimeOffset(row.ExpiresAtUtc, TimeSpan.Zero));
    }
}
