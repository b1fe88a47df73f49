using System.Globalization;
using PlanBot.Domain.Plans;
using PlanBot.Plans;

namespace PlanBot.Cli;

/// <summary>The English summary <c>import</c> prints: counts, items per period, the parser's report and what changed.</summary>
internal static class ImportSummary
{
    public static async Task WriteAsync(TextWriter output, PlanImportOutcome outcome, string databasePath, CancellationToken cancellationToken)
    {
        var summary = outcome.Result.Summary;
        var changes = outcome.Result.Changes;
        var lines = new List<string>
        {
            $"Imported {outcome.Path} into {databasePath} (import run {outcome.Result.ImportRunId}).",
            $"Strategies:  {summary.Strategies}",
            $"Initiatives: {summary.Initiatives}",
            $"Sub-themes:  {summary.SubThemes}",
            $"Items:       {summary.Items}",
        };
        lines.AddRange(summary.ItemsPerPeriod.Select(p => $"  {Describe(p.Period),-13} {p.Items,4}"));

        lines.Add($"Import report ({outcome.Parsed.Report.Count} decisions on irregular rows):");
        lines.AddRange(outcome.Parsed.Report.Select(d => $"  {d}"));

        if (changes.Any(c => c is { Kind: PlanChangeKind.Added, Subject: "plan" }))
        {
            lines.Add("Changes: first import, the whole plan was added.");
        }
        else if (changes.Count == 0)
        {
            lines.Add("Changes: none, the store already held this plan.");
        }
        else
        {
            lines.Add($"Changes ({changes.Count}):");
            lines.AddRange(changes.Select(c => $"  {c}"));
        }

        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }

    /// <summary>"FY2024 1Q", "FY2024 KGI", "FY2025 plan".</summary>
    private static string Describe(PlanPeriod period) => period switch
    {
        { Kind: PlanCellKind.Kgi } => string.Create(CultureInfo.InvariantCulture, $"FY{period.FiscalYear} KGI"),
        { Quarter: { } q } => string.Create(CultureInfo.InvariantCulture, $"FY{period.FiscalYear} {q}Q"),
        _ => string.Create(CultureInfo.InvariantCulture, $"FY{period.FiscalYear} plan"),
    };
}
