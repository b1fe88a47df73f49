using System.CommandLine;

namespace PlanBot.Cli;

/// <summary><c>roster import FILE</c>, <c>roster assign FILE</c>, <c>roster show</c>: who is in charge of what.</summary>
internal static class RosterCommand
{
    /// <summary>A file with a bad row, or no plan to check it against: nothing was stored.</summary>
    public const int InvalidInput = 2;

    public const int UnreadableFile = 1;

    public static Command Create(IServiceProvider services) => new("roster", "Manage the roster of people and who is in charge of each initiative.")
    {
        RosterImportCommand.Create(services),
        RosterAssignCommand.Create(services),
        RosterShowCommand.Create(services),
    };
}
