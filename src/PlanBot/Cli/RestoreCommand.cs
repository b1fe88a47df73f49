using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PlanBot.Data;

namespace PlanBot.Cli;

/// <summary>
/// <c>restore --from FILE</c>: puts a backup in place of the SQLite plan store, with PlanBot stopped. The backup is
/// checked first; the store it replaces is kept beside it (a consistent copy, named <c>…before-restore-&lt;time&gt;</c>),
/// so a restore can itself be undone; the restored store is brought up to this PlanBot's migrations.
/// </summary>
internal static class RestoreCommand
{
    public const int Failed = 1;

    public const int InvalidInput = 2;

    public static Command Create(IServiceProvider services)
    {
        var from = new Option<string>("--from") { Description = "The backup file (made by backup).", Required = true };
        var command = new Command("restore", "Replace the SQLite plan store with a backup (PlanBot must be stopped); the current store is kept beside it.") { from };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(services, parseResult.GetRequiredValue(from), parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string file, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<PlanStoreOptions>>().Value;
        if (options.Provider != PlanStoreProvider.Sqlite || options.DatabasePath is not { } database)
        {
            await console.Error.WriteLineAsync("restore replaces a SQLite store. Restore PostgreSQL with pg_restore (or the server's point-in-time restore); see docs/deploy.md.").ConfigureAwait(false);
            return InvalidInput;
        }

        if (SqliteHostLock.IsHeld(database))
        {
            await console.Error.WriteLineAsync($"PlanBot is running on {database}: stop it first. Nothing was changed.").ConfigureAwait(false);
            return InvalidInput;
        }

        var backup = Path.GetFullPath(file);
        SqliteBackupCheck check;
        try
        {
            check = await SqliteBackup.CheckAsync(backup, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            await console.Error.WriteLineAsync($"Cannot use {backup}: {e.Message} Nothing was changed.").ConfigureAwait(false);
            return InvalidInput;
        }

        await using (var db = await services.GetRequiredService<IDbContextFactory<PlanDbContext>>().CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
            var problem = !check.IsSound ? $"it is not a valid PlanBot store ({(check.IsPlanStore ? check.Integrity : "no plan store migrations in it")})"
                : check.Migrations.FirstOrDefault(m => !known.Contains(m)) is { } newer ? $"it was made by a newer PlanBot (migration {newer}); use that version"
                : null;
            if (problem is not null)
            {
                await console.Error.WriteLineAsync($"Cannot restore {backup}: {problem}. Nothing was changed.").ConfigureAwait(false);
                return InvalidInput;
            }
        }

        string? keptAside = null;
        if (File.Exists(database))
        {
            keptAside = string.Create(CultureInfo.InvariantCulture, $"{database}.before-restore-{DateTime.UtcNow:yyyyMMddHHmmss}");
            await SqliteBackup.BackupAsync(database, keptAside, cancellationToken).ConfigureAwait(false);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var part in new[] { database + "-wal", database + "-shm" })
        {
            File.Delete(part);
        }

        File.Copy(backup, database, overwrite: true);
        await services.GetRequiredService<PlanStoreMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);

        await console.Output.WriteLineAsync($"Restored {database} from {backup}: {check.Summary}.").ConfigureAwait(false);
        if (keptAside is not null)
        {
            await console.Output.WriteLineAsync($"The store it replaced is kept at {keptAside}.").ConfigureAwait(false);
        }

        await console.Output.WriteLineAsync("Start PlanBot again; a reminder stage or digest missed while it was down fires once when it is back.").ConfigureAwait(false);
        return 0;
    }
}
