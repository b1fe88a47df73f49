using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// Answers a <see cref="PlanQuery"/> from in-memory <see cref="QueryData"/>.
/// <list type="bullet">
/// <item>Access first: a member sees only sub-themes they own or that belong to their department, whatever they asked.</item>
/// <item>With a period, a sub-theme's report is its latest one in the period; without one, its latest one up to now.</item>
/// <item>未回答 is checked against the period's quarters that have begun; without a period, against the latest quarter
/// anyone has reported for (the open reporting round), or the previous quarter when there are no reports yet.</item>
/// <item>Filters of different kinds combine with AND; several values of one kind (two departments, two topics) with OR.</item>
/// </list>
/// </summary>
public static class QueryEngine
{
    public static QueryResult Execute(PlanQuery query, QueryData data, Person asker)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(asker);

        var access = AccessFor(query, asker);
        var current = data.CurrentQuarter;
        var dueQuarters = query.Period is { } period
            ? period.Quarters.Where(q => q <= current).ToList()
            : [LatestReportedQuarter(data.Reports, current)];
        var reportsByKey = data.Reports
            .GroupBy(r => r.SubThemeKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var unansweredOnly = query.Unanswered || query.Intent == QueryIntent.Unanswered;

        var rows = new List<QueryRow>();
        foreach (var strategy in data.Plan.Strategies)
        {
            foreach (var initiative in strategy.Initiatives)
            {
                foreach (var subTheme in initiative.SubThemes)
                {
                    var owners = data.OwnersOf(initiative, subTheme);
                    if (!IsVisible(access, initiative, owners) || !InScope(query, data, asker, strategy, initiative, subTheme, owners))
                    {
                        continue;
                    }

                    var reports = reportsByKey.TryGetValue(subTheme.Key, out var list) ? list : [];
                    var report = LatestReport(reports, query.Period, current);
                    var missing = dueQuarters.Where(q => !reports.Any(r => r.Quarter == q)).ToList();
                    var matchesStatus = (query.Statuses.Count == 0 && !unansweredOnly)
                        || (report is not null && query.Statuses.Contains(report.Status))
                        || (unansweredOnly && missing.Count > 0);
                    if (!matchesStatus)
                    {
                        continue;
                    }

                    var items = query.Intent == QueryIntent.PlanContent
                        ? PlanItems(subTheme, query.PlanContent ?? PlanCellKind.Actions, query.Period, current)
                        : [];
                    rows.Add(new QueryRow(
                        strategy.Number, strategy.Title, initiative.Number, initiative.Title, subTheme.Key, subTheme.Label,
                        initiative.Department, owners, report, missing, items));
                }
            }
        }

        var summaries = rows
            .GroupBy(r => r.Department ?? string.Empty, StringComparer.Ordinal)
            .Select(g => StatusTally.Of(g.Key.Length > 0 ? g.Key : QuestionTexts.NoDepartment, g.ToList()))
            .ToList();
        var notAnswered = rows
            .Where(r => r.IsUnanswered)
            .SelectMany(r => r.Owners.Select(o => (Owner: o, r.SubThemeKey)))
            .GroupBy(x => x.Owner.Email, StringComparer.OrdinalIgnoreCase)
            .Select(g => new UnansweredPerson(g.First().Owner, g.Select(x => x.SubThemeKey).Distinct(StringComparer.Ordinal).ToList()))
            .OrderBy(p => p.Person.Department, StringComparer.Ordinal)
            .ThenBy(p => p.Person.Name, StringComparer.Ordinal)
            .ToList();

        return new QueryResult(query, access, current, dueQuarters, rows, StatusTally.Of(QuestionTexts.AllScopes, rows), summaries, notAnswered);
    }

    /// <summary>The quarter whose reporting round is open: the latest one anyone has reported for, up to now.</summary>
    public static FiscalQuarter LatestReportedQuarter(IEnumerable<ProgressReport> reports, FiscalQuarter current)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var reported = reports.Select(r => r.Quarter).Where(q => q <= current).ToList();
        return reported.Count > 0 ? reported.Max() : current.Previous;
    }

    private static QueryAccess AccessFor(PlanQuery query, Person asker)
    {
        if (asker.Role is PersonRole.Manager or PersonRole.Admin)
        {
            return new QueryAccess(true, null, asker.Email, []);
        }

        var department = string.IsNullOrWhiteSpace(asker.Department) ? null : asker.Department;
        var denied = query.Scope.Departments.Where(d => !string.Equals(d, department, StringComparison.Ordinal)).ToList();
        return new QueryAccess(false, department, asker.Email, denied);
    }

    private static bool IsVisible(QueryAccess access, Initiative initiative, IReadOnlyList<Person> owners) =>
        access.Everything
        || (access.Department is not null && string.Equals(initiative.Department, access.Department, StringComparison.Ordinal))
        || owners.Any(o => string.Equals(o.Email, access.AskerEmail, StringComparison.OrdinalIgnoreCase));

    private static bool InScope(
        PlanQuery query, QueryData data, Person asker, Strategy strategy, Initiative initiative, SubTheme subTheme, IReadOnlyList<Person> owners)
    {
        var scope = query.Scope;
        return (scope.Departments.Count == 0 || scope.Departments.Contains(initiative.Department ?? string.Empty, StringComparer.Ordinal))
            && (scope.StrategyNumbers.Count == 0 || scope.StrategyNumbers.Contains(strategy.Number))
            && (scope.InitiativeNumbers.Count == 0 || scope.InitiativeNumbers.Contains(initiative.Number))
            && (scope.People.Count == 0 || owners.Any(o => scope.People.Any(p => string.Equals(o.Email, p.Email, StringComparison.OrdinalIgnoreCase))))
            && (!scope.Mine || owners.Any(o => string.Equals(o.Email, asker.Email, StringComparison.OrdinalIgnoreCase)))
            && (query.Topics.Count == 0 || MatchesTopic(query.Topics, data.SearchText.GetValueOrDefault(subTheme.Key, string.Empty)));
    }

    private static bool MatchesTopic(IReadOnlyList<string> topics, string text)
    {
        foreach (var name in topics)
        {
            var terms = QuestionTopics.Find(name)?.MatchTerms ?? [QuestionNormaliser.Text(name)];
            if (terms.Any(t => Contains(text, t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Substring search; an ASCII term (dx, cn, ai) only as a whole word so "ai" does not match inside "mail".</summary>
    private static bool Contains(string text, string term)
    {
        if (!term.All(char.IsAsciiLetterOrDigit))
        {
            return text.Contains(term, StringComparison.Ordinal);
        }

        for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsAsciiLetter(text[at - 1]);
            var after = at + term.Length >= text.Length || !char.IsAsciiLetter(text[at + term.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static ProgressReport? LatestReport(List<ProgressReport> reports, QueryPeriod? period, FiscalQuarter current) =>
        reports
            .Where(r => period is null ? r.Quarter <= current : period.Contains(r.Quarter))
            .OrderBy(r => r.Quarter)
            .ThenBy(r => r.ReportedAt)
            .LastOrDefault();

    /// <summary>
    /// The planned items of one kind for the period's fiscal year (this year when none was named). FY2024 is planned per
    /// quarter, so there a quarter question gets that quarter's column and a year question every quarter's.
    /// </summary>
    private static List<PlanItem> PlanItems(SubTheme subTheme, PlanCellKind kind, QueryPeriod? period, FiscalQuarter current)
    {
        var fiscalYear = period?.First.FiscalYear ?? current.FiscalYear;
        var cells = subTheme.Cells
            .Where(c => c.Period.Kind == kind && c.Period.FiscalYear == fiscalYear)
            .Where(c => c.Period.Quarter is not { } q || period is null || period.Contains(new FiscalQuarter(c.Period.FiscalYear, q)))
            .ToList();
        return cells.SelectMany(c => c.Items).ToList();
    }
}
