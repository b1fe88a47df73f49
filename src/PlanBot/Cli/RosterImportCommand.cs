using System.CommandLine;
using PlanBot.Domain.People;

namespace PlanBot.Cli;

/// <summary><c>roster import FILE</c>: replaces the roster with the file's people, all or nothing, and prints them by department.</summary>
internal static class RosterImportCommand
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<string>("file") { Description = "CSV with the header name,email,aadObjectId,department,role (UTF-8, as Excel's 'CSV UTF-8' writes it)." };
        var command = new Command("import", "Replace the roster with the people in a CSV file; a bad row stores nothing.") { file };
        command.SetAction((parseResult, cancellationToken) => RunAsync(services, parseResult.GetRequiredValue(file), parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string file, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file);
        var context = await RosterContext.LoadAsync(services, console, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return RosterCommand.InvalidInput;
        }

        var (rows, exitCode) = await RosterContext.ReadCsvAsync(
            path,
            console,
            stream => RosterCsv.ReadAsync(stream, context.Plan, cancellationToken),
            "Nothing was imported; the roster is unchanged.").ConfigureAwait(false);
        if (rows is null)
        {
            return exitCode;
        }

        await services.GetRequiredService<IRosterStore>().ReplaceRosterAsync(rows, cancellationToken).ConfigureAwait(false);
        var stored = context with { Roster = context.Roster with { People = new PersonDirectory(rows) } };
        var lines = new List<string> { $"Imported {rows.Count} people from {path}; the previous roster was replaced." };
        lines.AddRange(RosterSummary.PeopleByDepartment(stored));
        lines.AddRange(RosterSummary.Stale(stored.Ownership));
        await RosterSummary.WriteAsync(console.Output, lines, cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
