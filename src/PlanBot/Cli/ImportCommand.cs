using System.CommandLine;
using Microsoft.Extensions.Options;
using PlanBot.Data;
using PlanBot.Domain.Import;
using PlanBot.Plans;

namespace PlanBot.Cli;

/// <summary><c>import [file]</c>: imports the plan document (default: the seed) and prints what was stored and the import report.</summary>
internal static class ImportCommand
{
    public const int InvalidPlan = 2;

    public const int UnreadableFile = 1;

    public static Command Create(IServiceProvider services)
    {
        var file = new Argument<string?>("file")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "The plan document (tab-separated text). Default: the seed shipped in seeds/.",
        };
        var command = new Command("import", "Import the action-plan document into the plan store and print a summary.") { file };
        command.SetAction((parseResult, cancellationToken) => RunAsync(services, parseResult.GetValue(file), parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string? file, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file ?? services.GetRequiredService<IOptions<PlanSeedOptions>>().Value.Path);
        await services.GetRequiredService<PlanStoreMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);

        PlanImportOutcome outcome;
        try
        {
            outcome = await services.GetRequiredService<PlanImporter>().ImportFileAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (PlanFormatException e)
        {
            await console.Error.WriteLineAsync($"{path}: {e.Message}").ConfigureAwait(false);
            await console.Error.WriteLineAsync("Nothing was imported; the plan store is unchanged.").ConfigureAwait(false);
            return InvalidPlan;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Cannot read {path}: {e.Message}").ConfigureAwait(false);
            return UnreadableFile;
        }

        var database = services.GetRequiredService<IOptions<PlanStoreOptions>>().Value.DatabasePath ?? "(in memory)";
        await ImportSummary.WriteAsync(console.Output, outcome, database, cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
