using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Benchmarks;

/// <summary>
/// The rows a question asks for, fetched directly: a LINQ filter over the same in-memory plan and reports the query
/// engine reads, already knowing the period, status and scope — no question text, no access check, no answer, no
/// rendering. Each method returns the sub-themes' keys with their latest report (or planned items), in no set order.
/// This is the floor a question → answer pipeline is measured against. Like <see cref="Domain.Questions.QueryData"/>,
/// it keeps each sub-theme's searchable text (titles and plan items, upper-cased) from construction on.
/// </summary>
internal sealed class BareLookup
{
    private readonly ActionPlan plan;
    private readonly IReadOnlyList<ProgressReport> reports;
    private readonly FiscalQuarter current;
    private readonly List<(SubTheme SubTheme, string Text)> searchText;

    public BareLookup(ActionPlan plan, IReadOnlyList<ProgressReport> reports, FiscalQuarter current)
    {
        this.plan = plan;
        this.reports = reports;
        this.current = current;
        searchText = plan.Initiatives
            .SelectMany(i => i.SubThemes.Select(s => (s, string.Join('\n', [i.Title, s.Label ?? string.Empty, .. s.Cells.SelectMany(c => c.Items).Select(item => item.Text)]).ToUpperInvariant())))
            .ToList();
    }

    /// <summary>第3四半期の遅延は?: sub-themes whose latest report in that quarter is 遅延.</summary>
    public List<ProgressReport> DelayedIn(FiscalQuarter quarter) =>
        LatestPerSubTheme(reports.Where(r => r.Quarter == quarter))
            .Where(r => r.Status == ProgressStatus.Delayed)
            .ToList();

    /// <summary>産業振興部の進捗: the department's sub-themes' latest reports, counted by status, with the average progress.</summary>
    public (Dictionary<ProgressStatus, int> Counts, double AveragePercent, List<ProgressReport> Rows) ProgressOf(string department)
    {
        var keys = plan.Initiatives
            .Where(i => string.Equals(i.Department, department, StringComparison.Ordinal))
            .SelectMany(i => i.SubThemes)
            .Select(s => s.Key)
            .ToHashSet(StringComparer.Ordinal);
        var rows = LatestPerSubTheme(reports.Where(r => r.Quarter <= current && keys.Contains(r.SubThemeKey))).ToList();
        var counts = rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        return (counts, rows.Count > 0 ? rows.Average(r => r.PercentComplete) : 0, rows);
    }

    /// <summary>未回答は?: sub-themes with no report in the open round (the latest quarter anyone reported for).</summary>
    public List<string> Unanswered()
    {
        var round = reports.Where(r => r.Quarter <= current).Max(r => r.Quarter);
        var answered = reports.Where(r => r.Quarter == round).Select(r => r.SubThemeKey).ToHashSet(StringComparer.Ordinal);
        return plan.SubThemes.Select(s => s.Key).Where(k => !answered.Contains(k)).ToList();
    }

    /// <summary>DXの計画は?: this fiscal year's planned actions of sub-themes whose titles or plan text mention one of the (upper-case) terms.</summary>
    public List<(string Key, List<PlanItem> Items)> PlannedActions(IReadOnlyList<string> terms)
    {
        var thisYear = PlanPeriod.YearActions(current.FiscalYear);
        return searchText
            .Where(x => terms.Any(t => x.Text.Contains(t, StringComparison.Ordinal)))
            .Select(x => (x.SubTheme.Key, x.SubTheme.Cells.Where(c => c.Period == thisYear).SelectMany(c => c.Items).ToList()))
            .ToList();
    }

    /// <summary>取組5の状況: the initiative's sub-themes' latest reports up to now.</summary>
    public List<ProgressReport> LatestOfInitiative(int number)
    {
        var prefix = number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-";
        return LatestPerSubTheme(reports.Where(r => r.Quarter <= current && r.SubThemeKey.StartsWith(prefix, StringComparison.Ordinal))).ToList();
    }

    private static IEnumerable<ProgressReport> LatestPerSubTheme(IEnumerable<ProgressReport> candidates) =>
        candidates
            .GroupBy(r => r.SubThemeKey, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => (r.Quarter, r.ReportedAt))!);
}
