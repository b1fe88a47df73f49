using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Tests.Import;

/// <summary>The real plan document from the repository's seeds/ folder, and helpers to look into its parse.</summary>
internal static class SeedDocument
{
    public const string FileName = "kyushu-keizai-action-plan-2024-2026.txt";

    public static string Path { get; } = Locate();

    public static string Text { get; } = File.ReadAllText(Path);

    /// <summary>The document's lines, 1-based like the parser's line numbers (index 0 is unused).</summary>
    public static IReadOnlyList<string> Lines { get; } = ["", .. Text.Split('\n')];

    public static ParsedPlan Parse() => new PlanDocumentParser().Parse(Text);

    public static SubTheme SubTheme(this ParsedPlan parsed, string key) =>
        parsed.Plan.SubThemes.Single(s => s.Key == key);

    public static Initiative Initiative(this ParsedPlan parsed, int number) =>
        parsed.Plan.Initiatives.Single(i => i.Number == number);

    /// <summary>A cell's items as written, one '&gt;' per nesting level: "■課題整理", "&gt;○現状把握".</summary>
    public static string[] Items(this ParsedPlan parsed, string key, string periodCode) =>
        parsed.SubTheme(key).Cell(PlanPeriod.FromCode(periodCode))!.Items.Select(Show).ToArray();

    public static string Show(PlanItem item) => new string('>', item.Depth) + item;

    /// <summary>The whole plan and report as text, for comparing two parses.</summary>
    public static string Dump(ParsedPlan parsed)
    {
        var lines = new List<string> { parsed.Plan.Title, string.Join(",", parsed.Plan.Periods) };
        foreach (var strategy in parsed.Plan.Strategies)
        {
            lines.Add($"S{strategy.Number} {strategy.Title}");
            foreach (var initiative in strategy.Initiatives)
            {
                lines.Add($"I{initiative.Number} {initiative.StrategyNumber} [{initiative.Department}] {initiative.Title}");
                foreach (var subTheme in initiative.SubThemes)
                {
                    lines.Add($"{subTheme.Key} {subTheme.Label}");
                    lines.AddRange(subTheme.Cells.Select(c => $"{c.Period}: {string.Join(" | ", c.Items.Select(Show))}"));
                }
            }
        }

        lines.AddRange(parsed.Report.Select(d => d.ToString()));
        return string.Join("\n", lines);
    }

    private static string Locate()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "PlanBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException($"PlanBot.sln not found above {AppContext.BaseDirectory}")
            : System.IO.Path.Combine(directory.FullName, "seeds", FileName);
    }
}
