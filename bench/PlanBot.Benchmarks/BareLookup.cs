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

    /// <summary>遅延 (the typo question 産業部の遅延 answers it): sub-themes whose latest report up to now is 遅延.</summary>
    public List<ProgressReport> DelayedNow() =>
        LatestPerSubTheme(reports.Where(r => r.Quarter <= current))
            .Where(r => r.Status == ProgressStatus.Delayed)
            .ToList();

    /// <summary>
    /// 前期から悪化した取組は?: sub-themes whose latest report of the open round ranks worse than their latest of the
    /// quarter before (完了 &lt; 順調 &lt; 未着手 &lt; 要注意 &lt; 遅延; 中止 not ranked).
    /// </summary>
    public List<string> WorseThanPreviousQuarter()
    {
        static int? Rank(ProgressStatus s) => s switch
        {
            ProgressStatus.Completed => 0,
            ProgressStatus.OnTrack => 1,
            ProgressStatus.NotStarted => 2,
            ProgressStatus.AtRisk => 3,
            ProgressStatus.Delayed => 4,
            _ => null,
        };

        var round = reports.Where(r => r.Quarter <= current).Max(r => r.Quarter);
        var now = LatestPerSubTheme(reports.Where(r => r.Quarter == round)).ToDictionary(r => r.SubThemeKey, StringComparer.Ordinal);
        var before = LatestPerSubTheme(reports.Where(r => r.Quarter == round.Previous)).ToDictionary(r => r.SubThemeKey, StringComparer.Ordinal);
        return now.Values
            .Where(r => before.TryGetValue(r.SubThemeKey, out var b) && Rank(r.Status) is { } to && Rank(b.Status) is { } from && to > from)
            .Select(r => r.SubThemeKey)
            .ToList();
    }

    private static IEnumerable<ProgressReport> LatestPerSubTheme(IEnumerable<ProgressReport> candidates) =>
        candidates
            .GroupBy(r => r.SubThemeKey, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => (r.Quarter, r.ReportedAt))!);
}
