using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// Builds the <see cref="Answer"/> for a <see cref="QueryResult"/>: a heading that restates what was understood with the
/// count, the access scope, notes (what was not understood, what was withheld, which quarters were compared), then the
/// answer's shape.
/// <list type="bullet">
/// <item>Up to <see cref="MaxInitiatives"/> initiatives: every item (number, title, sub-theme, department, owner, status,
/// progress, comment, reporter, date) grouped by strategy, headed by the tally; 進捗/状況 keeps its table per department
/// (or strategy, or owner) and still lists the items.</item>
/// <item>More: the tally per group, then the worst first (遅延, 要注意, 未回答, …) up to <see cref="MaxItems"/>, 「ほか N件」,
/// and buttons that narrow the question down.</item>
/// <item>One initiative: its detail — each sub-theme's latest report, the previous quarter and which way it went, this
/// year's plan and KGI — with buttons for the likely next questions.</item>
/// <item>Understood in part: what was read, and two or three 「もしかして」 buttons with the questions most likely meant.</item>
/// </list>
/// </summary>
public static class AnswerBuilder
{
    /// <summary>Entries shown when a long answer is cut; 15 items with capped comments keep a card around 10–20 KB.</summary>
    public const int MaxItems = 15;

    /// <summary>At most this many initiatives (and <see cref="MaxListedRows"/> sub-themes) are all listed; more are cut to the worst.</summary>
    public const int MaxInitiatives = 15;

    /// <summary>
    /// A safety net for the card's size, not a second limit on lists: 15 initiatives of this plan have at most 28
    /// sub-themes, and 30 long items keep a card under 80 KB (Teams refuses about 100 KB).
    /// </summary>
    public const int MaxListedRows = 30;
    public const int MaxPeople = 30;
    public const int MaxCommentLength = 120;
    public const int MaxPlanLines = 10;
    public const int MaxDetailPlanLines = 5;
    public const int MaxHistoryLines = 8;
    public const int MaxOwnersShown = 3;
    public const int MaxOwnersListed = 10;

    public static Answer Build(QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var query = result.Query;
        var scope = QuestionTexts.Access(result.Access);
        if (!query.IsUnderstood)
        {
            return NotUnderstood(result, scope);
        }

        if (query.Intent == QueryIntent.Help)
        {
            return new Answer(AnswerKind.Help, QuestionTexts.HelpHeading, scope, [], [], [], 0, QuestionTexts.Suggestions(query, result.Access), QuestionTexts.HelpLines);
        }

        var conditions = QuestionTexts.Conditions(query);
        var notes = Notes(result);
        if (result.Rows.Count == 0 && query.Intent != QueryIntent.Count)
        {
            var empty = query.Intent == QueryIntent.Unanswered && result.DueQuarters.Count > 0
                ? QuestionTexts.EmptyUnanswered(OtherConditions(query, orAll: true), Quarters(result))
                : QuestionTexts.Empty(conditions);
            return DidYouMean(result, new Answer(AnswerKind.Empty, empty, scope, notes, [], [], 0, QuestionTexts.Suggestions(query, result.Access), []));
        }

        var answer = query.Intent switch
        {
            QueryIntent.Count => Count(result, conditions, scope, notes),
            QueryIntent.Unanswered => Unanswered(result, conditions, scope, notes),
            QueryIntent.PlanContent => Plan(result, scope, notes),
            QueryIntent.Owners => Owners(result, conditions, scope, notes),
            QueryIntent.History => History(result, conditions, scope, notes),
            _ when IsOneInitiative(result) => Detail(result, scope, notes),
            _ => Items(result, conditions, scope, notes),
        };
        return DidYouMean(result, answer);
    }

    /// <summary>Understood in part: the 「もしかして」 questions take the place of any other buttons.</summary>
    private static Answer DidYouMean(QueryResult result, Answer answer)
    {
        var guesses = result.Alternatives.Where(a => a.FromQuestion).Select(a => a.Question).ToList();
        return result.Query.Unrecognised.Count > 0 && guesses.Count > 0
            ? answer with { Suggestions = guesses, SuggestionsHeading = QuestionTexts.DidYouMeanHeading }
            : answer;
    }

    private static Answer NotUnderstood(QueryResult result, string scope)
    {
        var query = result.Query;
        var notes = new List<string>();
        var understood = query.Intent == QueryIntent.Help ? query.Understood : [.. query.Understood, QuestionTexts.Intent(query)];
        if (understood.Count > 0)
        {
            notes.Add(QuestionTexts.UnderstoodSoFar(understood));
        }

        notes.AddRange(query.AmbiguousNames.Select(QuestionTexts.Ambiguous));
        if (query.Unrecognised.Count > 0)
        {
            notes.Add(QuestionTexts.Unrecognised(query.Unrecognised));
        }

        // The questions most likely meant, when there are any; the help only when all we have are general examples.
        var guesses = result.Alternatives.Where(a => a.FromQuestion).Select(a => a.Question).ToList();
        return guesses.Count > 0
            ? new Answer(AnswerKind.NotUnderstood, QuestionTexts.NotUnderstood, scope, notes, [], [], 0, guesses, [])
            {
                SuggestionsHeading = QuestionTexts.DidYouMeanHeading,
            }
            : new Answer(AnswerKind.NotUnderstood, QuestionTexts.NotUnderstood, scope, notes, [], [], 0,
                result.Alternatives.Count > 0 ? [.. result.Alternatives.Select(a => a.Question)] : QuestionTexts.Suggestions(query, result.Access),
                QuestionTexts.HelpLines);
    }

    private static List<string> Notes(QueryResult result)
    {
        var query = result.Query;
        var notes = new List<string>();
        if (result.Access.DeniedDepartments.Count > 0)
        {
            notes.Add(QuestionTexts.Denied(result.Access.DeniedDepartments));
        }

        if (result.UnknownInitiatives.Count > 0)
        {
            notes.Add(QuestionTexts.UnknownInitiatives(result.UnknownInitiatives, result.InitiativeRange));
        }

        if (result.WithheldInitiatives.Count > 0)
        {
            notes.Add(QuestionTexts.Withheld(result.WithheldInitiatives));
        }

        if (result.WithheldPeople.Count > 0)
        {
            notes.Add(QuestionTexts.WithheldPeople(result.WithheldPeople));
        }

        if (query.Period is { } period && result.DueQuarters.Count == 0 && query.Intent != QueryIntent.PlanContent)
        {
            notes.Add(QuestionTexts.NotDue(QuestionTexts.Period(period)));
        }

        if (query.Change is { } change && result.Anchor is { } anchor)
        {
            notes.Add(change.Since is { } since ? QuestionTexts.SinceNote(since) : QuestionTexts.ChangeNote(anchor));
        }
        else if (query.Streak > 0 && result.Anchor is { } end)
        {
            notes.Add(QuestionTexts.StreakNote(end, query.Streak));
        }
        else if (query.Period is null && query.Intent is not QueryIntent.PlanContent and not QueryIntent.Unanswered and not QueryIntent.Owners
            and not QueryIntent.History && result.DueQuarters.Count > 0)
        {
            notes.Add(QuestionTexts.LatestNote(result.DueQuarters[0]));
        }

        if (query.Unrecognised.Count > 0)
        {
            notes.Add(QuestionTexts.Unrecognised(query.Unrecognised));
        }

        return notes;
    }

    /// <summary>A question about one initiative (by number, title or a topic only it has), not narrowed by status or change.</summary>
    private static bool IsOneInitiative(QueryResult result)
    {
        var query = result.Query;
        return query.Change is null && query.Streak == 0 && !query.HasStatusFilter
            && (query.Scope.InitiativeNumbers.Count > 0 || query.Topics.Count > 0)
            && result.Rows.Select(r => r.InitiativeNumber).Distinct().Count() == 1;
    }

    // ---- lists ----------------------------------------------------------------------------------------------------

    private static Answer Items(QueryResult result, string conditions, string scope, List<string> notes)
    {
        var query = result.Query;
        var rows = result.Rows;
        var summary = query.Intent == QueryIntent.ProgressSummary;
        var kind = summary ? AnswerKind.Summary : AnswerKind.Items;
        var heading = summary ? QuestionTexts.SummaryHeading(conditions, result.Count) : QuestionTexts.CountHeading(conditions, result.Count);
        var initiatives = rows.Select(r => r.InitiativeNumber).Distinct().Count();
        if (initiatives <= MaxInitiatives && rows.Count <= MaxListedRows)
        {
            var facts = summary || query.Grouping != QueryGrouping.Department ? Tallies(result) : [new AnswerFact(QuestionTexts.AllScopes, QuestionTexts.Tally(result.Totals))];
            var (groups, _) = ByStrategy(rows, r => ItemOf(r, query), rows.Count);
            return new Answer(kind, heading, scope, notes, facts, groups, 0, [], []);
        }

        // Too many to read: the tally per group, then the worst first.
        var shown = rows
            .Select((row, index) => (Row: row, Index: index))
            .OrderBy(x => Severity(x.Row))
            .ThenBy(x => x.Index)
            .Take(MaxItems)
            .Select(x => x.Row)
            .ToList();
        var counts = rows.GroupBy(StatusOf).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var worst = shown
            .GroupBy(StatusOf, StringComparer.Ordinal)
            .Select(g => new AnswerGroup(QuestionTexts.StatusGroup(g.Key, counts[g.Key]), [.. g.Select(r => ItemOf(r, query))]))
            .ToList();
        notes.Add(QuestionTexts.WorstFirstNote);
        return new Answer(kind, heading, scope, notes, Tallies(result), worst, rows.Count - shown.Count, NarrowDown(result), [])
        {
            SuggestionsHeading = QuestionTexts.NarrowDownHeading,
        };
    }

    /// <summary>The tally of each department (strategy, owner), and of the whole when there is more than one.</summary>
    private static List<AnswerFact> Tallies(QueryResult result)
    {
        var facts = result.Summaries.Take(MaxPeople).Select(s => new AnswerFact(s.Scope, QuestionTexts.Tally(s))).ToList();
        if (result.Summaries.Count > 1)
        {
            facts.Add(new AnswerFact(result.Totals.Scope, QuestionTexts.Tally(result.Totals)));
        }

        return facts;
    }

    /// <summary>遅延, 要注意, 未回答, 未着手, 報告なし, 順調, 完了, 中止: the order a long answer is cut in.</summary>
    private static int Severity(QueryRow row) =>
        row.Report?.Status switch
        {
            ProgressStatus.Delayed => 0,
            ProgressStatus.AtRisk => 1,
            null when row.IsUnanswered => 2,
            ProgressStatus.NotStarted => 3,
            null => 4,
            ProgressStatus.OnTrack => 5,
            ProgressStatus.Completed => 6,
            _ => 7,
        };

    private static string StatusOf(QueryRow row) =>
        row.Report?.Status.ToJapanese() ?? (row.IsUnanswered ? QuestionTexts.UnansweredLabel : QuestionTexts.NoReportLabel);

    /// <summary>
    /// Questions that cut a long answer down: the same conditions in each of the two departments (strategies) with the
    /// most rows, and, when no status was asked, its delays and risks.
    /// </summary>
    private static List<string> NarrowDown(QueryResult result)
    {
        var query = result.Query;
        var conditions = NarrowConditions(query);
        var summary = query.Intent == QueryIntent.ProgressSummary;
        var byDepartment = query.Scope.Departments.Count == 0 && query.Grouping != QueryGrouping.Strategy;
        var scopes = byDepartment
            ? result.Rows.Where(r => r.Department is { Length: > 0 }).GroupBy(r => r.Department!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).Select(g => g.Key)
            : result.Rows.GroupBy(r => r.StrategyNumber).OrderByDescending(g => g.Count()).Select(g => QuestionTexts.Strategy(g.Key));
        var list = scopes.Take(2).Select(s => QuestionTexts.NarrowDown(s, conditions, summary)).ToList();
        if (!query.HasStatusFilter && query.Change is null)
        {
            list.Add(string.Join("の", conditions.Append(QuestionTexts.Statuses(QuestionLexicon.Troubled, unanswered: false))));
        }

        return [.. list.Distinct(StringComparer.Ordinal).Take(3)];
    }

    /// <summary>The conditions of a query that a narrowing question repeats, in words the parser reads back.</summary>
    private static List<string> NarrowConditions(PlanQuery query)
    {
        var parts = new List<string>();
        if (query.Period is { } period)
        {
            parts.Add(QuestionTexts.Period(period));
        }

        parts.AddRange(query.Scope.StrategyNumbers.Select(QuestionTexts.Strategy));
        parts.AddRange(query.Topics);
        if (query.Scope.NoDepartment)
        {
            parts.Add(QuestionTexts.NoDepartment);
        }

        if (query.Change is { } change)
        {
            parts.Add(QuestionTexts.Change(change));
        }

        if (query.HasStatusFilter)
        {
            parts.Add(QuestionTexts.Statuses(query.Statuses, query.Unanswered));
        }

        return parts;
    }

    private static Answer Count(QueryResult result, string conditions, string scope, List<string> notes)
    {
        var facts = result.Summaries.Take(MaxPeople).Select(s => new AnswerFact(s.Scope, QuestionTexts.CountByScope(s))).ToList();
        return new Answer(AnswerKind.Count, QuestionTexts.CountHeading(conditions, result.Count), scope, notes, facts, [], 0, [], []);
    }

    private static Answer Unanswered(QueryResult result, string conditions, string scope, List<string> notes)
    {
        var shown = result.NotAnswered.Take(MaxPeople).ToList();
        var groups = shown
            .GroupBy(p => p.Person.Department ?? QuestionTexts.NoDepartment, StringComparer.Ordinal)
            .Select(g => new AnswerGroup(g.Key, g.Select(p => new AnswerItem(
                QuestionTexts.PersonLine(p.Person.Name, p.SubThemeKeys), [], [])).ToList()))
            .ToList();
        var heading = QuestionTexts.UnansweredHeading(
            OtherConditions(result.Query, orAll: false), Quarters(result), result.NotAnswered.Count, result.Rows.Count(r => r.IsUnanswered));
        var itemsWithoutOwner = result.Rows.Where(r => r.IsUnanswered && r.Owners.Count == 0).ToList();
        if (itemsWithoutOwner.Count > 0)
        {
            groups.Add(new AnswerGroup(QuestionTexts.NoDepartment, itemsWithoutOwner.Take(MaxItems)
                .Select(r => new AnswerItem(QuestionTexts.ItemTitle(r.InitiativeNumber, r.InitiativeTitle, r.SubThemeLabel), [], [])).ToList()));
        }

        return new Answer(AnswerKind.Unanswered, heading, scope, notes, [], groups, result.NotAnswered.Count - shown.Count, [], []);
    }

    private static Answer Plan(QueryResult result, string scope, List<string> notes)
    {
        var query = result.Query;
        var kind = query.PlanContent ?? PlanCellKind.Actions;
        var (groups, more) = ByStrategy(result.Rows, row =>
        {
            var lines = PlanLines(row.PlanItems, MaxPlanLines);
            if (lines.Count == 0)
            {
                lines.Add(QuestionTexts.NoPlanText);
            }

            return new AnswerItem(
                QuestionTexts.ItemTitle(row.InitiativeNumber, row.InitiativeTitle, row.SubThemeLabel),
                row.Department is { } d ? [new AnswerFact(QuestionTexts.DepartmentLabel, d)] : [],
                lines);
        });
        var others = string.Join(QuestionTexts.Separator, QuestionTexts.Understood(query with { Period = null }));
        var period = query.Period is { } p ? QuestionTexts.Period(p) : QuestionTexts.FiscalYear(result.CurrentQuarter.FiscalYear);
        var heading = QuestionTexts.PlanHeading(others, period, kind, result.Count);
        return new Answer(AnswerKind.Plan, heading, scope, notes, [], groups, more, [], []);
    }

    private static List<string> PlanLines(IReadOnlyList<PlanItem> items, int max)
    {
        var lines = items.Take(max).Select(i => (i.Depth > 0 ? "  " : string.Empty) + i).ToList();
        if (items.Count > max)
        {
            lines.Add(QuestionTexts.More(items.Count - max));
        }

        return lines;
    }

    // ---- one initiative -------------------------------------------------------------------------------------------

    private static Answer Detail(QueryResult result, string scope, List<string> notes)
    {
        var rows = result.Rows;
        var first = rows[0];
        var facts = new List<AnswerFact>
        {
            new(QuestionTexts.StrategyLabel, QuestionTexts.StrategyFact(first.StrategyNumber, first.StrategyTitle)),
            new(QuestionTexts.DepartmentLabel, first.Department ?? QuestionTexts.NoDepartment),
            new(QuestionTexts.OwnersLabel, Owners(rows.SelectMany(r => r.Owners).DistinctBy(o => o.Email, StringComparer.OrdinalIgnoreCase).ToList(), first.Department)),
        };
        if (rows.Count > 1)
        {
            facts.Add(new AnswerFact(QuestionTexts.StatusLabel, QuestionTexts.Tally(result.Totals)));
        }

        var year = result.CurrentQuarter.FiscalYear;
        var groups = rows.Select(row =>
        {
            var report = ReportFacts(row);
            if (row.Report is { } current && row.Previous is { } previous)
            {
                report.Insert(report.FindIndex(f => f.Label == QuestionTexts.ReportedLabel) + 1,
                    new AnswerFact(QuestionTexts.PreviousLabel, QuestionTexts.PreviousFact(previous, current)));
            }

            var items = new List<AnswerItem> { new(QuestionTexts.LatestReportTitle, report, []) };
            foreach (var kind in (PlanCellKind[])[PlanCellKind.Actions, PlanCellKind.Kgi])
            {
                var lines = PlanLines(QueryEngine.PlanItems(row.Cells, kind, null, result.CurrentQuarter), MaxDetailPlanLines);
                items.Add(new AnswerItem(QuestionTexts.PlanTitle(year, kind), [], lines.Count > 0 ? lines : [QuestionTexts.NoPlanText]));
            }

            return new AnswerGroup(QuestionTexts.SubThemeHeading(rows.Count > 1 ? row.SubThemeLabel ?? row.SubThemeKey : row.SubThemeLabel), items);
        }).ToList();
        return new Answer(AnswerKind.Detail, QuestionTexts.DetailHeading(first.InitiativeNumber, first.InitiativeTitle), scope, notes, facts, groups, 0,
            QuestionTexts.DetailSuggestions(first.InitiativeNumber), [])
        {
            SuggestionsHeading = QuestionTexts.NextQuestionsHeading,
        };
    }

    // ---- owners and history ---------------------------------------------------------------------------------------

    private static Answer Owners(QueryResult result, string conditions, string scope, List<string> notes)
    {
        var initiatives = result.Rows.GroupBy(r => r.InitiativeNumber).ToList();
        var shown = initiatives.Take(MaxItems).ToList();
        var groups = shown
            .GroupBy(g => (g.First().StrategyNumber, g.First().StrategyTitle))
            .Select(s => new AnswerGroup(QuestionTexts.StrategyGroup(s.Key.StrategyNumber, s.Key.StrategyTitle), [.. s.Select(OwnersItem)]))
            .ToList();
        return new Answer(AnswerKind.Owners, QuestionTexts.OwnersHeading(conditions, initiatives.Count), scope, notes, [], groups,
            initiatives.Count - shown.Count, [], []);
    }

    /// <summary>An initiative's department and owners; per sub-theme when its sub-themes have different owners.</summary>
    private static AnswerItem OwnersItem(IGrouping<int, QueryRow> initiative)
    {
        var rows = initiative.ToList();
        var first = rows[0];
        var facts = new List<AnswerFact> { new(QuestionTexts.DepartmentLabel, first.Department ?? QuestionTexts.NoDepartment) };
        var same = rows.All(r => r.Owners.Select(o => o.Email).SequenceEqual(first.Owners.Select(o => o.Email), StringComparer.OrdinalIgnoreCase));
        var lines = new List<string>();
        if (same)
        {
            facts.Add(new AnswerFact(QuestionTexts.OwnersLabel, Owners(first.Owners, first.Department)));
        }
        else
        {
            lines.AddRange(rows.Select(r => QuestionTexts.SubThemeOwners(r.SubThemeLabel ?? r.SubThemeKey, Owners(r.Owners, r.Department))));
        }

        return new AnswerItem(QuestionTexts.ItemTitle(first.InitiativeNumber, first.InitiativeTitle, null), facts, lines);
    }

    private static string Owners(IReadOnlyList<People.Person> owners, string? department) =>
        QuestionTexts.Owners([.. owners.Select(o => QuestionTexts.OwnerName(o.Name, o.Department, department))], MaxOwnersListed);

    private static Answer History(QueryResult result, string conditions, string scope, List<string> notes)
    {
        var (groups, more) = ByStrategy(result.Rows, row =>
        {
            var trail = row.Trail.TakeLast(MaxHistoryLines).ToList();
            var lines = trail.Count == 0
                ? [QuestionTexts.NoReportLabel]
                : trail.Select(r => QuestionTexts.HistoryLine(r, PersonName(r.ReporterEmail, row), 60)).ToList();
            if (row.Trail.Count > trail.Count)
            {
                lines.Insert(0, QuestionTexts.EarlierReports(row.Trail.Count - trail.Count));
            }

            return new AnswerItem(QuestionTexts.ItemTitle(row.InitiativeNumber, row.InitiativeTitle, row.SubThemeLabel), [], lines);
        });
        return new Answer(AnswerKind.History, QuestionTexts.HistoryHeading(conditions, result.Count), scope, notes, [], groups, more,
            [], []);
    }

    /// <summary>The name of who sent a report, when they are among the row's owners or are its reporter; else their address.</summary>
    private static string PersonName(string email, QueryRow row) =>
        row.Owners.FirstOrDefault(o => string.Equals(o.Email, email, StringComparison.OrdinalIgnoreCase))?.Name
        ?? (row.Reporter is { } r && string.Equals(r.Email, email, StringComparison.OrdinalIgnoreCase) ? r.Name : email);

    // ---- items ----------------------------------------------------------------------------------------------------

    private static AnswerItem ItemOf(QueryRow row, PlanQuery query)
    {
        var facts = new List<AnswerFact>();
        if (row.Department is { } department)
        {
            facts.Add(new AnswerFact(QuestionTexts.DepartmentLabel, department));
        }

        facts.Add(new AnswerFact(QuestionTexts.OwnerLabel, QuestionTexts.Owners(row.Owners.Select(o => o.Name).ToList(), MaxOwnersShown)));
        var report = ReportFacts(row);
        if (query.Change is not null && row.Report is { } after)
        {
            report.Insert(1, new AnswerFact(QuestionTexts.ChangeLabel, QuestionTexts.ChangeFact(row.Previous, after)));
        }
        else if (query.Streak > 0 && row.Trail.Count > 0)
        {
            report.Insert(1, new AnswerFact(QuestionTexts.TrailLabel, QuestionTexts.TrailFact(row.Trail)));
        }

        facts.AddRange(report);
        return new AnswerItem(QuestionTexts.ItemTitle(row.InitiativeNumber, row.InitiativeTitle, row.SubThemeLabel), facts, []);
    }

    /// <summary>Status, progress, reporter, date and comment of a row's report; 未回答 or 報告なし without one.</summary>
    private static List<AnswerFact> ReportFacts(QueryRow row)
    {
        var facts = new List<AnswerFact>();
        if (row.Report is not { } report)
        {
            facts.Add(new AnswerFact(QuestionTexts.StatusLabel, row.IsUnanswered ? QuestionTexts.UnansweredLabel : QuestionTexts.NoReportLabel));
            return facts;
        }

        facts.Add(new AnswerFact(QuestionTexts.StatusLabel, report.Status.ToJapanese()));
        facts.Add(new AnswerFact(QuestionTexts.PercentLabel, QuestionTexts.Percent(report.PercentComplete)));
        if (row.Reporter is { } reporter)
        {
            facts.Add(new AnswerFact(QuestionTexts.ReporterLabel, reporter.Name));
        }

        facts.Add(new AnswerFact(QuestionTexts.ReportedLabel, QuestionTexts.Date(report.ReportedAt) + QuestionTexts.ReportQuarter(report.Quarter)));
        if (!string.IsNullOrWhiteSpace(report.Comment))
        {
            facts.Add(new AnswerFact(QuestionTexts.CommentLabel, DisplayText.Shorten(report.Comment.Trim(), MaxCommentLength).Text));
        }

        return facts;
    }

    /// <summary>Groups rows by strategy in plan order, showing at most <paramref name="max"/> in all.</summary>
    private static (List<AnswerGroup> Groups, int More) ByStrategy(IReadOnlyList<QueryRow> rows, Func<QueryRow, AnswerItem> item, int max = MaxItems)
    {
        var shown = rows.Take(max).ToList();
        var groups = shown
            .GroupBy(r => (r.StrategyNumber, r.StrategyTitle))
            .Select(g => new AnswerGroup(QuestionTexts.StrategyGroup(g.Key.StrategyNumber, g.Key.StrategyTitle), g.Select(item).ToList()))
            .ToList();
        return (groups, rows.Count - shown.Count);
    }

    /// <summary>The conditions besides the period and 未回答, which an unanswered heading names itself.</summary>
    private static string OtherConditions(PlanQuery query, bool orAll)
    {
        var others = QuestionTexts.Understood(query with { Period = null, Unanswered = false });
        return others.Count > 0 ? string.Join(QuestionTexts.Separator, others) : orAll ? QuestionTexts.AllItems : string.Empty;
    }

    private static string Quarters(QueryResult result) =>
        result.DueQuarters.Count switch
        {
            0 => result.Query.Period is { } p ? QuestionTexts.Period(p) : string.Empty,
            1 => QuestionTexts.Quarter(result.DueQuarters[0]),
            _ => QuestionTexts.Period(new QueryPeriod(result.DueQuarters[0], result.DueQuarters[^1])),
        };
}
