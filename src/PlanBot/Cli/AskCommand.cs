using System.CommandLine;
using PlanBot.Domain.People;
using PlanBot.Domain.Questions;

namespace PlanBot.Cli;

/// <summary>
/// <c>ask "…" [--as email]</c>: answers a Japanese question as PlanBot would in Teams, printed as text. Without --as it
/// answers with an administrator's scope (everything), since whoever runs the command line already holds the database.
/// </summary>
internal static class AskCommand
{
    public const int InvalidInput = 2;

    /// <summary>Who the command line asks as by default: the whole plan, like an admin in Teams.</summary>
    private static readonly Person CommandLineAdmin = new("command line", "cli@localhost", null, null, PersonRole.Admin);

    public static Command Create(IServiceProvider services)
    {
        var question = new Argument<string>("question") { Description = "The question, e.g. 「第3四半期の遅延は?」." };
        var asker = new Option<string?>("--as") { Description = "Answer within the scope of this roster person (e-mail)." };
        var command = new Command("ask", "Answer a question about the plan's progress, as PlanBot does in Teams.") { question, asker };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(services, parseResult.GetRequiredValue(question), parseResult.GetValue(asker), parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string question, string? email, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<Data.PlanStoreMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        var questions = services.GetRequiredService<QuestionService>();
        QuestionOutcome outcome;
        if (email is null)
        {
            outcome = await questions.AskAsAsync(question, CommandLineAdmin, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var roster = await services.GetRequiredService<IRosterStore>().LoadAsync(cancellationToken).ConfigureAwait(false);
            if (roster.People.FindByEmail(email) is not { } person)
            {
                await console.Error.WriteLineAsync($"{email} is not on the roster; import it with 'roster import FILE' or check the spelling.").ConfigureAwait(false);
                return InvalidInput;
            }

            outcome = await questions.AskAsAsync(question, person, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Kind == QuestionOutcomeKind.NoPlan)
        {
            await console.Error.WriteLineAsync("No plan is stored yet; run 'import' first.").ConfigureAwait(false);
            return InvalidInput;
        }

        await console.Output.WriteLineAsync(AnswerText.Render(outcome.Answer!)).ConfigureAwait(false);
        return 0;
    }
}
