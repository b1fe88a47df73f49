using System.CommandLine;
using PlanBot.Domain.People;

namespace PlanBot.Cli;

/// <summary>
/// <c>roster assign FILE</c>: replaces the explicit assignments with the file's, all or nothing, and prints the owners of
/// each sub-theme that changed and what is left unowned.
/// </summary>
internal static class RosterAssignCommand
{
    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<string>("file") { Description = "CSV with the header initiative,subtheme,email; an empty subtheme means the whole initiative." };
        var command = new Command("assign", "Replace the explicit owners with those in a CSV file; a bad row stores nothing.") { file };
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
            stream => AssignmentCsv.ReadAsync(stream, context.Plan, context.Roster.People, cancellationToken),
            "Nothing was assigned; the assignments are unchanged.").ConfigureAwait(false);
        if (rows is null)
        {
            return exitCode;
        }

        await services.GetRequiredService<IRosterStore>().ReplaceAssignmentsAsync(rows, cancellationToken).ConfigureAwait(false);
        var before = context.Ownership;
        var after = (context with { Roster = context.Roster with { Assignments = rows } }).Ownership;
        var changed = after.SubThemes
            .Where(s => !before.OwnersOf(s.Key).Select(p => p.Email).SequenceEqual(after.OwnersOf(s.Key).Select(p => p.Email), StringComparer.OrdinalIgnoreCase))
            .ToArray();

        var lines = new List<string> { $"Stored {rows.Count} assignments from {path}; the previous assignments were replaced." };
        if (changed.Length == 0)
        {
            lines.Add("Owners changed: none.");
        }
        else
        {
            lines.Add($"Owners changed ({changed.Length} sub-themes):");
            lines.AddRange(changed.Select(s =>
                $"  {RosterSummary.Describe(context.Plan, s)}: {RosterSummary.Names(after.OwnersOf(s.Key))} (was {RosterSummary.Names(before.OwnersOf(s.Key))})"));
        }

        lines.AddRange(RosterSummary.Unowned(after));
        await RosterSummary.WriteAsync(console.Output, lines, cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
