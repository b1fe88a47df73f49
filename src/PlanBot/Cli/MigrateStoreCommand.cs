using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using PlanBot.Data;
using PlanBot.Scheduling;

namespace PlanBot.Cli;

/// <summary>
/// <c>migrate-store --to "&lt;PostgreSQL connection string&gt;"</c>: copies the configured SQLite store, all of it (plan,
/// import history, roster and assignments, cycles, every submission and report, outbox, conversations, digest channels,
/// leases, and the schedule), into an empty PostgreSQL database, then counts and checksums every table on both sides.
/// A target that holds anything is refused before anything is written; a copy that fails or does not check out is
/// emptied again. The SQLite file is first brought up to the current schema (its pending migrations applied), then only
/// read. Never prints the password.
/// </summary>
internal static class MigrateStoreCommand
{
    public const int Failed = 1;

    public const int Refused = 2;

    public static Command Create(IServiceProvider services)
    {
        var to = new Option<string>("--to") { Description = "The empty PostgreSQL database: \"Host=…;Port=5432;Database=planbot;Username=planbot;Password=…\" (the role PlanBot will run as, owner of the database).", Required = true };
        var command = new Command("migrate-store", "Copy the SQLite plan store into an empty PostgreSQL database and verify the copy (PlanBot stopped).") { to };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(services, parseResult.GetRequiredValue(to), parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string to, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var source = services.GetRequiredService<IOptions<PlanStoreOptions>>().Value;
        var target = new PlanStoreOptions { Provider = PlanStoreProvider.PostgreSql, ConnectionString = to };
        if (source.Provider != PlanStoreProvider.Sqlite || source.DatabasePath is not { } database || !File.Exists(database))
        {
            await console.Error.WriteLineAsync("migrate-store copies an existing SQLite store: point --store (or ConnectionStrings:PlanStore) at the planbot.db file. Nothing was changed.").ConfigureAwait(false);
            return Refused;
        }

        if (target.Problem() is { } problem)
        {
            await console.Error.WriteLineAsync($"--to: {problem.Replace("ConnectionStrings:PlanStore", "the connection string", StringComparison.Ordinal)} Nothing was changed.").ConfigureAwait(false);
            return Refused;
        }

        if (SqliteHostLock.IsHeld(database))
        {
            await console.Error.WriteLineAsync($"PlanBot is running on {database}: stop it first, so nothing is written after the copy. Nothing was changed.").ConfigureAwait(false);
            return Refused;
        }

        await console.Output.WriteLineAsync($"Copying SQLite {database} into {target.Describe()}.").ConfigureAwait(false);
        IReadOnlyList<string> holding;
        try
        {
            holding = await StoreCopy.NonEmptyTablesAsync(to, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            await console.Error.WriteLineAsync($"Cannot reach {target.Describe()}: {e.Message} Nothing was changed.").ConfigureAwait(false);
            return Failed;
        }

        if (holding.Count > 0)
        {
            await console.Error.WriteLineAsync($"The target is not empty ({string.Join(", ", holding)} hold rows): migrate-store only copies into an empty database. Nothing was changed.").ConfigureAwait(false);
            return Refused;
        }

        await services.GetRequiredService<PlanStoreMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        await using var sourceDb = await services.GetRequiredService<IDbContextFactory<PlanDbContext>>().CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var targetDb = new PlanDbContext(PlanStoreDatabase.OptionsFor(target));
        await targetDb.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);

        IReadOnlyList<(Quartz.IJobDetail Job, IReadOnlyCollection<Quartz.ITrigger> Triggers)> schedule;
        await using (var sourceSchedule = await ScheduleCopy.OpenAsync(PlanStoreProvider.Sqlite, source.ConnectionString, cancellationToken).ConfigureAwait(false))
        {
            schedule = await sourceSchedule.ReadAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await StoreCopy.CopyAsync(sourceDb, targetDb, cancellationToken).ConfigureAwait(false);
            (int Jobs, int Triggers, string Sha256) copiedSchedule;
            await using (var targetSchedule = await ScheduleCopy.OpenAsync(PlanStoreProvider.PostgreSql, to, cancellationToken).ConfigureAwait(false))
            {
                await targetSchedule.WriteAsync(schedule, cancellationToken).ConfigureAwait(false);
                copiedSchedule = ScheduleCopy.Checksum(await targetSchedule.ReadAsync(cancellationToken).ConfigureAwait(false));
            }

            var lines = new List<string> { "Verified, table by table (rows, SHA-256 of the rows in key order; instants to the microsecond):" };
            var mismatches = new List<string>();
            await using (var checkTarget = new PlanDbContext(PlanStoreDatabase.OptionsFor(target)))
            {
                var before = await StoreCopy.ChecksumsAsync(sourceDb, cancellationToken).ConfigureAwait(false);
                var after = (await StoreCopy.ChecksumsAsync(checkTarget, cancellationToken).ConfigureAwait(false)).ToDictionary(t => t.Table, StringComparer.Ordinal);
                foreach (var table in before)
                {
                    var copied = after[table.Table];
                    var same = copied.Rows == table.Rows && copied.Sha256 == table.Sha256;
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {table.Table,-24} {table.Rows,8:N0} rows  {table.Sha256[..16]}  {(same ? "same" : $"DIFFERENT: {copied.Rows:N0} rows, {copied.Sha256[..16]}")}"));
                    if (!same)
                    {
                        mismatches.Add(table.Table);
                    }
                }
            }

            var sourceSchedule = ScheduleCopy.Checksum(schedule);
            var scheduleSame = sourceSchedule == copiedSchedule;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {"schedule (Quartz)",-24} {sourceSchedule.Jobs} jobs, {sourceSchedule.Triggers} triggers  {sourceSchedule.Sha256[..16]}  {(scheduleSame ? "same" : $"DIFFERENT: {copiedSchedule.Triggers} triggers, {copiedSchedule.Sha256[..16]}")}"));
            if (!scheduleSame)
            {
                mismatches.Add("schedule");
            }

            await RosterSummary.WriteAsync(console.Output, lines, cancellationToken).ConfigureAwait(false);
            if (mismatches.Count > 0)
            {
                await UndoAsync(targetDb, to, cancellationToken).ConfigureAwait(false);
                await console.Error.WriteLineAsync($"The copy differs in {string.Join(", ", mismatches)}: the target was emptied again. The SQLite store is unchanged.").ConfigureAwait(false);
                return Failed;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await UndoAsync(targetDb, to, CancellationToken.None).ConfigureAwait(false);
            await console.Error.WriteLineAsync($"The copy failed and the target was emptied again: {e.GetBaseException().Message} The SQLite store is unchanged.").ConfigureAwait(false);
            return Failed;
        }

        await console.Output.WriteLineAsync($"Done. Run PlanBot on it with PlanStore__Provider=PostgreSql and ConnectionStrings__PlanStore set to the --to connection string; keep {database} as it is until the new store has run a while.").ConfigureAwait(false);
        return 0;
    }

    /// <summary>Empties the target again (rows and schedule), leaving its schema: it is as empty as it was found.</summary>
    private static async Task UndoAsync(PlanDbContext targetDb, string to, CancellationToken cancellationToken)
    {
        await StoreCopy.EmptyAsync(targetDb, cancellationToken).ConfigureAwait(false);
        await using var schedule = await ScheduleCopy.OpenAsync(PlanStoreProvider.PostgreSql, to, cancellationToken).ConfigureAwait(false);
        await schedule.Scheduler.Clear(cancellationToken);
    }
}
