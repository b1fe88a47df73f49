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
        var applied = await AppliedMigrationsAsync(db, cancellationToken).ConfigureAwait(false);
        var pending = db.Database.GetMigrations().Count(id => !applied.Contains(id));

        // Migrate also takes the migration lock and compares the model with the last migration's: most of a start's
        // time on an existing store. With nothing pending (the history table lists every migration) it is skipped.
        if (pending > 0)
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        DataLog.MigratedPlanStore(logger, pending);
    }

    /// <summary>
    /// The ids in the history table, read as plain SQL: EF's own reading of it builds a model of the table at run time,
    /// about a tenth of a start's CPU. Empty when there is no history table yet (a new store).
    /// </summary>
    private static async Task<HashSet<string>> AppliedMigrationsAsync(PlanDbContext db, CancellationToken cancellationToken)
    {
        // Asked first rather than caught: a failed query would log an error on every new store's first start.
        var exists = db.Database.IsSqlite()
            ? """SELECT COUNT(*) AS "Value" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'"""
            : """SELECT COUNT(*)::int AS "Value" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '__EFMigrationsHistory'""";
        if (await db.Database.SqlQueryRaw<int>(exists).SingleAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            return [];
        }

        var ids = await db.Database.SqlQueryRaw<string>("""SELECT "MigrationId" AS "Value" FROM "__EFMigrationsHistory" """)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new HashSet<string>(ids, StringComparer.Ordinal);
    }
}
