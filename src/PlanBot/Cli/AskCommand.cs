using System.CommandLine;
using PlanBot.Domain.Questions;

namespace PlanBot.Cli;

/// <summary>
/// <c>ask "…" [--as email]</c>: answers a Japanese question as PlanBot would in Teams, printed as text. Without --as it
/// answers with an administrator's scope (everything), since whoever runs the command line already holds the database.
/// </summary>
internal static class AskCommand
{
    public const int InvalidInput = 2;

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
        if (await CommandLineAsker.FindAsync(services, email, console, cancellationToken).ConfigureAwait(false) is not { } asker)
        {
            return InvalidInput;
        }

        var outcome = await services.GetRequiredService<QuestionService>().AskAsAsync(question, asker, cancellationToken).ConfigureAwait(false);

        if (outcome.Kind == QuestionOutcomeKind.NoPlan)
        {
            await console.Error.WriteLineAsync("No plan is stored yet; run 'import' first.").ConfigureAwait(false);
            return InvalidInput;
        }

        await console.Output.WriteLineAsync(AnswerText.Render(outcome.Answer!)).ConfigureAwait(false);
        return 0;
    }
}
