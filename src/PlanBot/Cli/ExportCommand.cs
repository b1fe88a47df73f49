using System.CommandLine;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Export;
using PlanBot.Export;

namespace PlanBot.Cli;

/// <summary>
/// <c>export [--quarter 2026Q3] [--out FILE.xlsx] [--as email] [--font NAME]</c>: writes the quarter's board paper
/// as an Excel workbook — the plan table with progress, the counts and chart, who has not answered, and the year's
/// submissions — as PlanBot sends it in Teams. Without --as it holds the whole plan; with it, that person's scope.
/// </summary>
internal static class ExportCommand
{
    public const int InvalidInput = 2;

    public const int CannotWrite = 1;

    public static Command Create(IServiceProvider services)
    {
        var quarter = new Option<string?>("--quarter")
        {
            Description = "The fiscal quarter, e.g. 2026Q3 (October–December 2026). Default: the quarter whose reporting round is open.",
        };
        var output = new Option<string?>("--out")
        {
            Description = "The file (or folder) to write. Default: アクションプラン進捗_<year>年度第<n>四半期.xlsx in the folder you ran the command from.",
        };
        var asker = new Option<string?>("--as") { Description = "Export within the scope of this roster person (e-mail)." };
        var font = new Option<string?>("--font")
        {
            Description = $"The font the workbook names (default {BoardPaperWorkbookOptions.YuGothic}; {BoardPaperWorkbookOptions.Meiryo} for PCs without it).",
        };
        var command = new Command("export", "Write the quarter's board paper (the action plan with progress) as an Excel workbook.") { quarter, output, asker, font };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            services,
            new Request(parseResult.GetValue(quarter), parseResult.GetValue(output), parseResult.GetValue(asker), parseResult.GetValue(font)),
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, Request request, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        FiscalQuarter? quarter = null;
        if (request.Quarter is { } text)
        {
            if (!FiscalQuarter.TryParse(text, out var parsed))
            {
                await console.Error.WriteLineAsync($"'{text}' is not a fiscal quarter; write it as 2026Q3 (FY2026 Q3 is October–December 2026).").ConfigureAwait(false);
                return InvalidInput;
            }

            quarter = parsed;
        }

        var options = services.GetRequiredService<BoardPaperWorkbookOptions>();
        if (request.Font is { } fontName)
        {
            if (BoardPaperWorkbookOptions.FontNameProblem(fontName) is { } problem)
            {
                await console.Error.WriteLineAsync($"--font: {problem}").ConfigureAwait(false);
                return InvalidInput;
            }

            options = options with { FontName = fontName };
        }

        await services.GetRequiredService<Data.PlanStoreMigrator>().MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (await CommandLineAsker.FindAsync(services, request.Email, console, cancellationToken).ConfigureAwait(false) is not { } person)
        {
            return InvalidInput;
        }

        var outcome = await services.GetRequiredService<BoardPaperService>().CreateAsAsync(quarter, person, cancellationToken).ConfigureAwait(false);
        if (outcome.Paper is not { } paper)
        {
            await console.Error.WriteLineAsync(Refusal(outcome, services.GetRequiredService<TimeProvider>())).ConfigureAwait(false);
            return InvalidInput;
        }

        var path = OutputPath(services.GetRequiredService<CallerDirectory>(), request.Output, paper.FileName);
        try
        {
            await WriteAsync(paper, path, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Cannot write {path}: {e.Message}").ConfigureAwait(false);
            return CannotWrite;
        }

        var total = paper.Summary.Total;
        await console.Output.WriteLineAsync(
            $"Wrote {path}: {paper.Quarter} board paper ({(person == CommandLineAsker.Admin ? "whole plan" : $"as {person.Email}")}), "
            + $"{paper.Rows.Count()} sub-themes, {total.Answered} of {total.Total} due answered "
            + $"({paper.Unanswered.Count(u => u.Person is not null)} owners yet to answer), {paper.History.Count} submissions this fiscal year.")
            .ConfigureAwait(false);
        return 0;
    }

    /// <summary>The file to write: --out read from the caller's folder (a folder gets the default name in it), else the default name there.</summary>
    internal static string OutputPath(CallerDirectory caller, string? output, string fileName)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return Path.Combine(caller.Path, fileName);
        }

        var resolved = caller.Resolve(output);
        return Directory.Exists(resolved) ? Path.Combine(resolved, fileName) : resolved;
    }

    /// <summary>Written beside the target and moved into place, so a failure never leaves a half-written workbook under its name.</summary>
    private static async Task WriteAsync(BoardPaper paper, string path, BoardPaperWorkbookOptions options, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, useAsync: false))
            {
                BoardPaperWorkbook.Write(paper, file, options);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string Refusal(BoardPaperOutcome outcome, TimeProvider clock) => outcome.Refusal switch
    {
        BoardPaperRefusal.NoPlan => "No plan is stored yet; run 'import' first.",
        BoardPaperRefusal.NotStarted => $"{outcome.Quarter} has not started yet (today is in {FiscalQuarter.Current(clock)}, Japan time).",
        BoardPaperRefusal.OutsidePlan => $"The plan covers FY{outcome.FirstYear}–FY{outcome.LastYear}; {outcome.Quarter} is outside it.",
        _ => $"No board paper: {outcome.Refusal}.",
    };

    private sealed record Request(string? Quarter, string? Output, string? Email, string? Font);
}
