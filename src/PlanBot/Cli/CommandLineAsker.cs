using System.CommandLine;
using PlanBot.Domain.People;

namespace PlanBot.Cli;

/// <summary>
/// Whose scope a verb answers in: the roster person <c>--as</c> names, else an administrator's (everything), since
/// whoever runs the command line already holds the database.
/// </summary>
internal static class CommandLineAsker
{
    public static Person Admin { get; } = new("command line", "cli@localhost", null, null, PersonRole.Admin);

    /// <summary>The person to answer as, or null after telling the user that <paramref name="email"/> is not on the roster.</summary>
    public static async Task<Person?> FindAsync(IServiceProvider services, string? email, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        if (email is null)
        {
            return Admin;
        }

        var roster = await services.GetRequiredService<IRosterStore>().LoadAsync(cancellationToken).ConfigureAwait(false);
        if (roster.People.FindByEmail(email) is { } person)
        {
            return person;
        }

        await console.Error.WriteLineAsync($"{email} is not on the roster; import it with 'roster import FILE' or check the spelling.").ConfigureAwait(false);
        return null;
    }
}
