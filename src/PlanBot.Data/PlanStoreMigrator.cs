using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PlanBot.Data;

/// <summary>
/// Brings the plan store's schema up to date: creates the SQLite data folder and applies the provider's checked-in
/// migrations. Several instances starting at once on PostgreSQL are safe: EF Core takes a migrations lock first.
/// </summary>
public sealed class PlanStoreMigrator(
    IDbContextFactory<PlanDbContext> contextFactory,
    IOptions<PlanStoreOptions> options,
    ILogger<PlanStoreMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var path = options.Value.DatabasePath;
        if (path is not null && Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        DataLog.MigratingPlanStore(logger, options.Value.Describe());
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var pending = await PendingAsync(db, cancellationToken).ConfigureAwait(false);

        // Migrate also takes the migration lock and compares the model with the last migration's: most of a start's
        // time on an existing store. With nothing pending (the history table lists every migration) it is skipped.
        if (pending > 0)
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        DataLog.MigratedPlanStore(logger, pending);
    }

    /// <summary>
    /// How many of the provider's migrations the store has not applied: a round trip to the database that builds no
    /// model, so readiness can ask it on every probe (an unreachable store throws).
    /// </summary>
    public async Task<int> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await PendingAsync(db, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> PendingAsync(PlanDbContext db, CancellationToken cancellationToken)
    {
        var applied = await AppliedMigrationsAsync(db, cancellationToken).ConfigureAwait(false);
        return db.Database.GetMigrations().Count(id => !applied.Contains(id));
    }

    /// <summary>
    /// The ids in the history table, read as plain SQL (<see cref="PlainSql"/>): EF's own reading of it builds a model of
    /// the table at run time. Empty when there is no history table yet (a new store).
    /// </summary>
    private static async Task<HashSet<string>> AppliedMigrationsAsync(PlanDbContext db, CancellationToken cancellationToken)
    {
        // Asked first rather than caught: a failed query would log an error on every new store's first start.
        var exists = db.Database.IsSqlite()
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'"
            : "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '__EFMigrationsHistory'";
        if (await PlainSql.ScalarAsync(db, exists, cancellationToken).ConfigureAwait(false) == 0)
        {
            return [];
        }

        var ids = await PlainSql.ListAsync(db, """SELECT "MigrationId" FROM "__EFMigrationsHistory" """, reader => reader.GetString(0), cancellationToken)
            .ConfigureAwait(false);
        return new HashSet<string>(ids, StringComparer.Ordinal);
    }
}
