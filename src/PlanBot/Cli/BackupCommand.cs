using System.CommandLine;
using Microsoft.Extensions.Options;
using PlanBot.Data;

namespace PlanBot.Cli;

/// <summary>
/// <c>backup --out FILE</c>: a consistent copy of the SQLite plan store (plan, roster, cycles, submissions, outbox,
/// conversations, digest channels and the schedule: everything is in the one file), taken while PlanBot runs, then
/// opened and checked. PostgreSQL is backed up with its own tools (pg_dump, or the server's automated backups).
/// </summary>
internal static class BackupCommand
{
    public const int Failed = 1;

    public const int InvalidInput = 2;

    public static Command Create(IServiceProvider services)
    {
        var output = new Option<string>("--out") { Description = "The backup file to write; it must not exist yet.", Required = true };
        var command = new Command("backup", "Write a consistent copy of the SQLite plan store to a new file, safely while PlanBot runs, and check that it opens.") { output };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(services, parseResult.GetRequiredValue(output), parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string file, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<PlanStoreOptions>>().Value;
        if (options.Provider != PlanStoreProvider.Sqlite || options.DatabasePath is not { } database)
        {
            await console.Error.WriteLineAsync("backup copies a SQLite store. Back PostgreSQL up with pg_dump --format=custom (or the server's automated backups); see docs/deploy.md.").ConfigureAwait(false);
            return InvalidInput;
        }

        var target = Path.GetFullPath(file);
        SqliteBackupCheck check;
        try
        {
            check = await SqliteBackup.BackupAsync(database, target, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await console.Error.WriteLineAsync($"No backup was written: {e.Message}").ConfigureAwait(false);
            return Failed;
        }

        if (!check.IsSound)
        {
            await console.Error.WriteLineAsync($"The copy at {target} does not check out ({check.Integrity}); do not rely on it.").ConfigureAwait(false);
            return Failed;
        }

        await console.Output.WriteLineAsync($"Backed up {database} to {target} ({check.Bytes:N0} bytes).").ConfigureAwait(false);
        await console.Output.WriteLineAsync($"Checked: it opens, integrity ok, {check.Migrations.Count} migrations (latest {check.Migrations[^1]}), {check.Summary}.").ConfigureAwait(false);
        await console.Output.WriteLineAsync($"Restore it with: restore --from \"{target}\" (PlanBot stopped).").ConfigureAwait(false);
        return 0;
    }
}
