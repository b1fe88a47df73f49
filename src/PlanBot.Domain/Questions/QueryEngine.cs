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
/// <item>A change against the previous quarter compares the report of the anchor quarter (the period's last quarter,
/// else the open round) with the quarter before; a change since a day compares the latest report with the one before
/// that day, for sub-themes reported since. N quarters in a row are counted back from the anchor quarter (from the
/// quarter before, for a sub-theme that has not reported in the open round yet).</item>
/// <item>Filters of different kinds combine with AND; several values of one kind (two departments, two topics) with OR.</item>
/// </list>
/// The engine reads <see cref="QueryData"/> only through its lookups (owners, reports per sub-theme, the open round), so
/// its cost follows the rows a question selects, not the length of the history.
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
            : [data.OpenRound];
        var anchor = query.Period is { } p ? (p.Last <= current ? p.Last : current) : data.OpenRound;
        var unansweredOnly = query.Unanswered || query.Intent == QueryIntent.Unanswered;
        var sinceInstant = query.Change?.Since is { } since ? JapanTime.At(since, TimeOnly.MinValue) : (DateTimeOffset?)null;

        var rows = new List<QueryRow>();
        var withheld = new List<int>();
        var withheldPeople = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var strategy in data.Plan.Strategies)
        {
            foreach (var initiative in strategy.Initiatives)
            {
                var named = query.Scope.InitiativeNumbers.Contains(initiative.Number);
                var shownAny = false;
                foreach (var subTheme in initiative.SubThemes)
                {
                    var owners = data.OwnersOf(initiative, subTheme);
                    var visible = IsVisible(access, initiative, owners);
                    shownAny |= visible;
                    if (!visible && query.Scope.People.Count > 0)
                    {
                        // 「田中さんの担当」 asked by someone who may not see 田中's items: said, not silently empty.
                        withheldPeople.UnionWith(query.Scope.People.Where(p => owners.Any(o => string.Equals(o.Email, p.Email, StringComparison.OrdinalIgnoreCase))).Select(p => p.Name));
                    }

                    if (!visible || !InScope(query, data, asker, strategy, initiative, subTheme, owners))
                    {
                        continue;
                    }

                    var reports = data.ReportsOf(subTheme.Key);
                    var report = LatestReport(reports, query.Period, current);
                    var previous = report is null ? null : data.LatestIn(subTheme.Key, report.Quarter.Previous);
                    IReadOnlyList<ProgressReport> trail = [];

                    if (query.Change is { } change)
                    {
                        var (before, after) = sinceInstant is { } start
                            ? SinceDay(reports, start)
                            : (data.LatestIn(subTheme.Key, anchor.Previous), data.LatestIn(subTheme.Key, anchor));
                        if (after is null || !change.Matches(before, after))
                        {
                            continue;
                        }

                        (report, previous) = (after, before);
                    }

                    if (query.Streak > 0)
                    {
                        var end = data.LatestIn(subTheme.Key, anchor) is null ? anchor.Previous : anchor;
                        trail = Run(data, subTheme.Key, end, query.Streak);
                        if (trail.Count < query.Streak || !trail.All(r => query.Statuses.Contains(r.Status)))
                        {
                            continue;
                        }

                        report = trail[^1];
                        previous = trail[^2];
                    }
                    else if (query.Intent == QueryIntent.History)
                    {
                        trail = History(reports, query.Period, current);
                    }

                    var missing = dueQuarters.Where(q => !reports.Any(r => r.Quarter == q)).ToList();
                    var matchesStatus = query.Streak > 0
                        || (query.Statuses.Count == 0 && !unansweredOnly)
                        || (report is not null && query.Statuses.Contains(report.Status))
                        || (unansweredOnly && missing.Count > 0);
                    if (!matchesStatus)
                    {
                        continue;
                    }

                    var items = query.Intent == QueryIntent.PlanContent
                        ? PlanItems(subTheme.Cells, query.PlanContent ?? PlanCellKind.Actions, query.Period, current)
                        : [];
                    rows.Add(new QueryRow(
                        strategy.Number, strategy.Title, initiative.Number, initiative.Title, subTheme.Key, LabelOf(initiative, subTheme, current),
                        initiative.Department, owners, report, missing, items)
                    {
                        Previous = previous,
                        Trail = trail,
                        Reporter = report is null ? null : data.PersonByEmail(report.ReporterEmail),
                        Cells = subTheme.Cells,
                    });
                }

                if (named && !shownAny)
                {
                    withheld.Add(initiative.Number);
                }
            }
        }

        var notAnswered = rows
            .Where(r => r.IsUnanswered)
            .SelectMany(r => r.Owners.Select(o => (Owner: o, r.SubThemeKey)))
            .GroupBy(x => x.Owner.Email, StringComparer.OrdinalIgnoreCase)
            .Select(g => new UnansweredPerson(g.First().Owner, g.Select(x => x.SubThemeKey).Distinct(StringComparer.Ordinal).ToList()))
            .OrderBy(p => p.Person.Department, StringComparer.Ordinal)
            .ThenBy(p => p.Person.Name, StringComparer.Ordinal)
            .ToList();

        return new QueryResult(query, access, current, dueQuarters, rows, StatusTally.Of(QuestionTexts.AllScopes, rows),
            Summaries(rows, query.Grouping), notAnswered)
        {
            Alternatives = [.. query.Alternatives.Where(a => MayOffer(a, access, data, asker))],
            WithheldInitiatives = withheld,
            WithheldPeople = [.. withheldPeople],
            UnknownInitiatives = [.. query.Scope.InitiativeNumbers.Where(n => !data.Plan.Initiatives.Any(i => i.Number == n))],
            InitiativeRange = data.Plan.Initiatives.Any()
                ? (data.Plan.Initiatives.Min(i => i.Number), data.Plan.Initiatives.Max(i => i.Number))
                : (0, 0),
            Anchor = query.Change is not null || query.Streak > 0 ? anchor : null,
        };
    }

    /// <summary>
    /// A sub-theme's label; for a part of a split initiative the plan left unlabelled, its key and first planned action
    /// this year (「22-2 人材確保、関係人口拡大」), so the parts can be told apart.
    /// </summary>
    private static string? LabelOf(Initiative initiative, SubTheme subTheme, FiscalQuarter current)
    {
        if (subTheme.Label is not null || initiative.SubThemes.Count < 2)
        {
            return subTheme.Label;
        }

        var first = PlanItems(subTheme.Cells, PlanCellKind.Actions, null, current).FirstOrDefault()
            ?? subTheme.Cells.SelectMany(c => c.Items).FirstOrDefault();
        return QuestionTexts.UnlabelledSubTheme(subTheme.Key, first?.Text);
    }

    /// <summary>The quarter whose reporting round is open: the latest one anyone has reported for, up to now.</summary>
    public static FiscalQuarter LatestReportedQuarter(IEnumerable<ProgressReport> reports, FiscalQuarter current)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var reported = reports.Select(r => r.Quarter).Where(q => q <= current).ToList();
        return reported.Count > 0 ? reported.Max() : current.Previous;
    }

    /// <summary>Tallies per department (plan order), per strategy, or per owner (a row counts for each of its owners).</summary>
    private static List<StatusTally> Summaries(List<QueryRow> rows, QueryGrouping grouping)
    {
        IEnumerable<(string Scope, QueryRow Row)> keyed = grouping switch
        {
            QueryGrouping.Strategy => rows.Select(r => (QuestionTexts.Strategy(r.StrategyNumber), r)),
            QueryGrouping.Owner => rows.SelectMany(r => r.Owners.Count > 0
                ? r.Owners.Select(o => (o.Name, r))
                : [(QuestionTexts.NoOwner, r)]),
            _ => rows.Select(r => (r.Department is { Length: > 0 } d ? d : QuestionTexts.NoDepartment, r)),
        };
        return [.. keyed
            .GroupBy(x => x.Scope, StringComparer.Ordinal)
            .Select(g => StatusTally.Of(g.Key, g.Select(x => x.Row).ToList()))];
    }

    /// <summary>The state before <paramref name="start"/> and the latest one, when something was reported since.</summary>
    private static (ProgressReport? Before, ProgressReport? After) SinceDay(IReadOnlyList<ProgressReport> reports, DateTimeOffset start)
    {
        ProgressReport? before = null;
        var reportedSince = false;
        foreach (var report in reports)
        {
            if (report.ReportedAt < start)
            {
                before = report;
            }
            else
            {
                reportedSince = true;
            }
        }

        return reportedSince ? (before, reports[^1]) : (before, null);
    }

    /// <summary>The reports of <paramref name="count"/> quarters up to <paramref name="end"/>, oldest first; shorter when one is missing.</summary>
    private static List<ProgressReport> Run(QueryData data, string key, FiscalQuarter end, int count)
    {
        var run = new List<ProgressReport>();
        var quarter = end;
        for (var i = 0; i < count; i++, quarter = quarter.Previous)
        {
            if (data.LatestIn(key, quarter) is not { } report)
            {
                break;
            }

            run.Insert(0, report);
        }

        return run;
    }

    /// <summary>One report per quarter (the last one sent), oldest first, within the period or up to now.</summary>
    private static List<ProgressReport> History(IReadOnlyList<ProgressReport> reports, QueryPeriod? period, FiscalQuarter current) =>
        [.. reports
            .Where(r => period is null ? r.Quarter <= current : period.Contains(r.Quarter))
            .GroupBy(r => r.Quarter)
            .Select(g => g.Last())];

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

    /// <summary>A 「もしかして」 question is offered to a member only about what they may see: their department, its people, their items.</summary>
    private static bool MayOffer(QueryAlternative alternative, QueryAccess access, QueryData data, Person asker)
    {
        if (access.Everything)
        {
            return true;
        }

        if (alternative.Department is { } department && !string.Equals(department, access.Department, StringComparison.Ordinal))
        {
            return false;
        }

        if (alternative.PersonEmail is { } email && !string.Equals(email, asker.Email, StringComparison.OrdinalIgnoreCase)
            && (data.PersonByEmail(email)?.Department is not { } theirs || !string.Equals(theirs, access.Department, StringComparison.Ordinal)))
        {
            return false;
        }

        return alternative.Initiative is not { } number
            || data.Plan.Initiatives.Where(i => i.Number == number)
                .Any(i => i.SubThemes.Any(s => IsVisible(access, i, data.OwnersOf(i, s))));
    }

    private static bool InScope(
        PlanQuery query, QueryData data, Person asker, Strategy strategy, Initiative initiative, SubTheme subTheme, IReadOnlyList<Person> owners)
    {
        var scope = query.Scope;
        return (scope.Departments.Count == 0 || scope.Departments.Contains(initiative.Department ?? string.Empty, StringComparer.Ordinal))
            && (!scope.NoDepartment || string.IsNullOrEmpty(initiative.Department))
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
            var terms = QuestionTopics.Find(name)?.MatchKeys ?? [QuestionNormaliser.Key(name)];
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

    private static ProgressReport? LatestReport(IReadOnlyList<ProgressReport> reports, QueryPeriod? period, FiscalQuarter current)
    {
        for (var i = reports.Count - 1; i >= 0; i--)
        {
            var quarter = reports[i].Quarter;
            if (period is null ? quarter <= current : period.Contains(quarter))
            {
                return reports[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The planned items of one kind for the period's fiscal year (this year when none was named). FY2024 is planned per
    /// quarter, so there a quarter question gets that quarter's column and a year question every quarter's.
    /// </summary>
    internal static List<PlanItem> PlanItems(IReadOnlyList<PlanCell> planCells, PlanCellKind kind, QueryPeriod? period, FiscalQuarter current)
    {
        var fiscalYear = period?.First.FiscalYear ?? current.FiscalYear;
        var cells = planCells
            .Where(c => c.Period.Kind == kind && c.Period.FiscalYear == fiscalYear)
            .Where(c => c.Period.Quarter is not { } q || period is null || period.Contains(new FiscalQuarter(c.Period.FiscalYear, q)))
            .ToList();
        return cells.SelectMany(c => c.Items).ToList();
    }
}
