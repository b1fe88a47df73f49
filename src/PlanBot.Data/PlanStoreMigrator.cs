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
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();

        // Migrate also takes the migration lock and compares the model with the last migration's: most of a start's
        // time on an existing store. With nothing pending (the history table lists every migration) it is skipped.
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        DataLog.MigratedPlanStore(logger, pending.Count);
    }
}
