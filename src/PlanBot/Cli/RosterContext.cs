using System.CommandLine;
using PlanBot.Data;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;

namespace PlanBot.Cli;

/// <summary>What the roster verbs work against: the stored plan and roster, the schema brought up to date first.</summary>
internal sealed record RosterContext(ActionPlan Plan, StoredRoster Roster)
{
    public Ownership Ownership => Ownership.Resolve(Plan, Roster.People, Roster.Assignments);

    /// <summary>The context, or null after telling the user to import the plan first.</summary>
    public static async Task<RosterContext?> LoadAsync(IServiceProvider services, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<PlanStoreMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        var plan = await services.GetRequiredService<IPlanStore>().LoadPlanAsync(cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            await console.Error.WriteLineAsync("The plan store holds no plan yet; run 'import' first.").ConfigureAwait(false);
            return null;
        }

        var roster = await services.GetRequiredService<IRosterStore>().LoadAsync(cancellationToken).ConfigureAwait(false);
        return new RosterContext(plan, roster);
    }

    /// <summary>
    /// Reads a CSV file all or nothing: its rows, or null after telling the user why not (the file cannot be opened, or
    /// the numbered rows that are wrong and that nothing was stored) with the exit code to return.
    /// </summary>
    /// <param name="unchanged">What the user is told stays as it was when a row is wrong.</param>
    public static async Task<(IReadOnlyList<T>? Rows, int ExitCode)> ReadCsvAsync<T>(
        string path, InvocationConfiguration console, Func<Stream, Task<CsvImport<T>>> read, string unchanged)
    {
        CsvImport<T> import;
        try
        {
            await using var stream = File.OpenRead(path);
            import = await read(stream).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Cannot read {path}: {e.Message}").ConfigureAwait(false);
            return (null, RosterCommand.UnreadableFile);
        }

        if (import.Succeeded)
        {
            return (import.Rows, 0);
        }

        foreach (var error in import.Errors)
        {
            await console.Error.WriteLineAsync($"{path}: {error}").ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync(unchanged).ConfigureAwait(false);
        return (null, RosterCommand.InvalidInput);
    }
}
