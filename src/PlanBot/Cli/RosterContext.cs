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

    /// <summary>Opens a CSV file, or says why it cannot.</summary>
    public static async Task<Stream?> OpenAsync(string path, InvocationConfiguration console)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Cannot read {path}: {e.Message}").ConfigureAwait(false);
            return null;
        }
    }

    public static async Task WriteErrorsAsync(InvocationConfiguration console, string path, IReadOnlyList<CsvRowError> errors, string unchanged)
    {
        foreach (var error in errors)
        {
            await console.Error.WriteLineAsync($"{path}: {error}").ConfigureAwait(false);
        }

        await console.Error.WriteLineAsync(unchanged).ConfigureAwait(false);
    }
}
