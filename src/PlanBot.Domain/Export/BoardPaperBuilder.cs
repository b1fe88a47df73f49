using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;

namespace PlanBot.Domain.Export;

/// <summary>
/// Decides what the board paper of a quarter says; the same input gives the same paper.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Rows: every sub-theme of the plan the asker may see, in plan order (the on-demand digest's rule: managers and
/// admins everything, a member their department's initiatives and the sub-themes they are in charge of).</item>
/// <item>Plan columns: the quarter's action column where the plan has one (FY2024), else the fiscal year's action plan,
/// and the year's 到達目標・KGI — the columns the quarter's reminder card shows.</item>
/// <item>Status: the latest report for the quarter (by submission time); without one a due row is 未回答 and any other
/// 対象外. The previous quarter is read the same way, when the plan covers it.</item>
/// <item>未回答: the owners of due rows without a report, by their own department; due rows nobody owns are listed
/// under the initiative's department.</item>
/// <item>履歴: every submission for the fiscal year's quarters up to the chosen one, oldest first.</item>
/// </list>
/// </remarks>
public static class BoardPaperBuilder
{
    /// <summary>Characters of a strategy's title on the chart's axis.</summary>
    public const int ShortTitleLength = 24;

    public static BoardPaper Build(BoardPaperInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = input.Plan;
        var quarter = input.Quarter;
        var (periods, reason) = ReminderPeriods.For(plan, quarter);
        if (periods is null)
        {
            throw new ArgumentException($"The plan has nothing for {quarter} ({reason}).", nameof(input));
        }

        var previousPeriods = ReminderPeriods.For(plan, quarter.Previous).Periods;
        var scope = DigestScope.ForAsker(input.Asker);
        var names = input.Roster.People.GroupBy(p => p.Email, EmailAddress.Comparer)
            .ToDictionary(g => g.Key, g => g.First().Name, EmailAddress.Comparer);
        var reports = input.Reports.ToLookup(r => r.SubThemeKey, StringComparer.Ordinal);

        var strategies = new List<BoardPaperStrategy>();
        foreach (var strategy in plan.Strategies)
        {
            var rows = new List<BoardPaperRow>();
            foreach (var initiative in strategy.Initiatives)
            {
                foreach (var subTheme in initiative.SubThemes.Where(s => scope.Includes(initiative, s, input.Ownership)))
                {
                    var history = reports[subTheme.Key];
                    var report = Latest(history, quarter);
                    rows.Add(new BoardPaperRow(
                        subTheme.Key,
                        initiative.IsSplit ? subTheme.Key : initiative.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        initiative.Number,
                        initiative.Title,
                        subTheme.Label,
                        initiative.Department,
                        input.Ownership.OwnersOf(subTheme.Key),
                        Items(subTheme, periods.Actions),
                        periods.Kgi is { } kgi ? Items(subTheme, kgi) : [],
                        IsDue(subTheme, periods),
                        report,
                        report is null ? null : NameOf(report.ReporterEmail, names),
                        previousPeriods is null ? null : new BoardPaperPrevious(Latest(history, quarter.Previous)?.Status, IsDue(subTheme, previousPeriods))));
                }
            }

            if (rows.Count > 0)
            {
                strategies.Add(new BoardPaperStrategy(strategy.Number, strategy.Title, ShortTitle(strategy), rows));
            }
        }

        var allRows = strategies.SelectMany(s => s.Rows).ToArray();
        var byKey = allRows.ToDictionary(r => r.SubThemeKey, StringComparer.Ordinal);
        return new BoardPaper(
            plan.Title,
            quarter,
            previousPeriods is null ? null : quarter.Previous,
            JapanTime.ToJapan(input.Now),
            scope.Member is { } member ? DigestTexts.MemberScope(member.Name, member.Department) : BoardPaperTexts.WholePlan,
            periods.Actions,
            periods.Kgi,
            strategies,
            Summary(plan, strategies),
            Unanswered(plan, input.Roster, allRows),
            History(input.Reports, quarter, byKey, names));
    }

    private static bool IsDue(SubTheme subTheme, ReminderPeriods periods) =>
        subTheme.Cell(periods.Actions)?.Items.Count > 0 || (periods.Kgi is { } kgi && subTheme.Cell(kgi)?.Items.Count > 0);

    private static IReadOnlyList<PlanItem> Items(SubTheme subTheme, PlanPeriod period) => subTheme.Cell(period)?.Items ?? [];

    /// <summary>The current report of a quarter: the one submitted last.</summary>
    private static ProgressReport? Latest(IEnumerable<ProgressReport> reports, FiscalQuarter quarter) =>
        reports.Where(r => r.Quarter == quarter).OrderBy(r => r.ReportedAt).LastOrDefault();

    private static BoardPaperSummary Summary(ActionPlan plan, IReadOnlyList<BoardPaperStrategy> strategies)
    {
        var counted = strategies.SelectMany(s => s.Rows.Where(r => r.IsCounted).Select(r => (Strategy: s, Row: r))).ToArray();
        var byStrategy = strategies
            .Select(s => Tally(s.ShortTitle, s.Rows.Where(r => r.IsCounted)))
            .ToArray();
        var departments = DepartmentOrder(plan);
        var byDepartment = counted
            .GroupBy(c => c.Row.Department ?? BoardPaperTexts.NoDepartment, StringComparer.Ordinal)
            .OrderBy(g => departments.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g => Tally(g.Key, g.Select(c => c.Row)))
            .ToArray();
        return new BoardPaperSummary(Tally(BoardPaperTexts.WholePlan, counted.Select(c => c.Row)), byStrategy, byDepartment);
    }

    private static BoardPaperTally Tally(string label, IEnumerable<BoardPaperRow> rows) =>
        new(label, StatusCounts.Of(rows.Select(r => r.Status)));

    /// <summary>By department in plan order; within one, people in roster order (as the admin keeps it), nobody's rows last.</summary>
    private static List<BoardPaperUnanswered> Unanswered(ActionPlan plan, PersonDirectory roster, IReadOnlyList<BoardPaperRow> rows)
    {
        var departments = DepartmentOrder(plan);
        var rosterOrder = roster.People.Select((p, index) => (p.Email, index))
            .DistinctBy(x => x.Email, EmailAddress.Comparer)
            .ToDictionary(x => x.Email, x => x.index, EmailAddress.Comparer);
        var waiting = rows.Where(r => r.IsUnanswered).ToArray();
        var owned = waiting
            .SelectMany(r => r.Owners.Select(o => (Owner: o, Row: r)))
            .GroupBy(x => x.Owner.Email, EmailAddress.Comparer)
            .Select(g => new BoardPaperUnanswered(g.First().Owner.Department ?? DepartmentLabels.None, g.First().Owner, g.Select(x => x.Row).ToArray()));
        var unowned = waiting
            .Where(r => r.Owners.Count == 0)
            .GroupBy(r => r.Department ?? BoardPaperTexts.NoDepartment, StringComparer.Ordinal)
            .Select(g => new BoardPaperUnanswered(g.Key, null, g.ToArray()));
        return owned.Concat(unowned)
            .OrderBy(u => departments.GetValueOrDefault(u.Department, int.MaxValue))
            .ThenBy(u => u.Department, StringComparer.Ordinal)
            .ThenBy(u => u.Person is null ? int.MaxValue : rosterOrder.GetValueOrDefault(u.Person.Email, int.MaxValue - 1))
            .ToList();
    }

    private static List<BoardPaperSubmission> History(
        IEnumerable<ProgressReport> reports, FiscalQuarter quarter, Dictionary<string, BoardPaperRow> rows, Dictionary<string, string> names) =>
        reports
            .Where(r => r.Quarter.FiscalYear == quarter.FiscalYear && r.Quarter <= quarter && rows.ContainsKey(r.SubThemeKey))
            .OrderBy(r => r.ReportedAt)
            .Select(r => new BoardPaperSubmission(r, rows[r.SubThemeKey], NameOf(r.ReporterEmail, names)))
            .ToList();

    /// <summary>Departments in the order the plan first names them; those only the roster knows come after.</summary>
    private static Dictionary<string, int> DepartmentOrder(ActionPlan plan) =>
        plan.Initiatives.Select(i => i.Department).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select((name, index) => (name, index))
            .ToDictionary(x => x.name, x => x.index, StringComparer.Ordinal);

    /// <summary>The strategy's number and short title: a chart axis label.</summary>
    private static string ShortTitle(Strategy strategy) => $"{strategy.Number}. {strategy.ShortTitle(ShortTitleLength)}";

    private static string NameOf(string email, Dictionary<string, string> names) =>
        names.TryGetValue(email, out var name) ? name : email;
}
