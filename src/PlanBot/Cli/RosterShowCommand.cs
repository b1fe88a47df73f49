using System.CommandLine;

namespace PlanBot.Cli;

/// <summary><c>roster show</c>: the people by department, the owners of every sub-theme, and what is unowned.</summary>
internal static class RosterShowCommand
{
    public static Command Create(IServiceProvider services)
    {
        var command = new Command("show", "Print the roster, the owners of every sub-theme and the unowned ones.");
        command.SetAction((parseResult, cancellationToken) => RunAsync(services, parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var context = await RosterContext.LoadAsync(services, console, cancellationToken).ConfigureAwait(false);
        if (context is null)
        {
            return RosterCommand.InvalidInput;
        }

        var ownership = context.Ownership;
        var lines = new List<string> { $"Roster: {context.Roster.People.People.Count} people, {context.Roster.Assignments.Count} explicit assignments." };
        lines.AddRange(RosterSummary.PeopleByDepartment(context));
        lines.Add("Owners per sub-theme:");
        lines.AddRange(ownership.SubThemes.Select(s =>
        {
            var assigned = context.Roster.Assignments.Any(a => a.Covers(s) && context.Roster.People.FindByEmail(a.Email) is not null);
            var owners = ownership.OwnersOf(s.Key);
            var how = owners.Count == 0 ? "" : assigned ? " (assigned)" : " (by department)";
            return $"  {RosterSummary.Describe(context.Plan, s)}: {RosterSummary.Names(owners)}{how}";
        }));
        lines.AddRange(RosterSummary.Unowned(ownership));
        lines.AddRange(RosterSummary.Stale(ownership));
        await RosterSummary.WriteAsync(console.Output, lines, cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
