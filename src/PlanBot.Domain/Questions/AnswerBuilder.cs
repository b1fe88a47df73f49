using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// Builds the <see cref="Answer"/> for a <see cref="QueryResult"/>: a heading that restates what was understood with the
/// count, the access scope, notes (what was not understood, what was withheld, which quarter 未回答 means), and the
/// entries grouped by strategy (items, plans) or department (people who have not answered, summaries).
/// </summary>
public static class AnswerBuilder
{
    /// <summary>Entries shown before the "ほか N件" line; 15 items with capped comments keep a card around 10–20 KB.</summary>
    public const int MaxItems = 15;

    public const int MaxPeople = 30;
    public const int MaxCommentLength = 120;
    public const int MaxPlanLines = 10;
    public const int MaxOwnersShown = 3;

    public static Answer Build(QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var query = result.Query;
        var scope = QuestionTexts.Access(result.Access);
        if (!query.IsUnderstood)
        {
            return NotUnderstood(query, scope);
        }

        if (query.Intent == QueryIntent.Help)
        {
            return new Answer(AnswerKind.Help, QuestionTexts.HelpHeading, scope, [], [], [], 0, QuestionTexts.DefaultSuggestions, QuestionTexts.HelpLines);
        }

        var conditions = QuestionTexts.Conditions(query);
        var notes = Notes(result);
        if (result.Rows.Count == 0 && query.Intent != QueryIntent.Count)
        {
            var empty = query.Intent == QueryIntent.Unanswered && result.DueQuarters.Count > 0
                ? QuestionTexts.EmptyUnanswered(OtherConditions(query, orAll: true), Quarters(result))
                : QuestionTexts.Empty(conditions);
            return new Answer(AnswerKind.Empty, empty, scope, notes, [], [], 0, QuestionTexts.Suggestions(query), []);
        }

        return query.Intent switch
        {
            QueryIntent.Count => Count(result, conditions, scope, notes),
            QueryIntent.ProgressSummary => Summary(result, conditions, scope, notes),
            QueryIntent.Unanswered => Unanswered(result, conditions, scope, notes),
            QueryIntent.PlanContent => Plan(result, conditions, scope, notes),
            _ => Items(result, conditions, scope, notes),
        };
    }

    private static Answer NotUnderstood(PlanQuery query, string scope)
    {
        var notes = new List<string>();
        var understood = query.Intent == QueryIntent.Help ? query.Understood : [.. query.Understood, QuestionTexts.Intent(query)];
        if (understood.Count > 0)
        {
            notes.Add(QuestionTexts.UnderstoodSoFar(understood));
        }

        if (query.Unrecognised.Count > 0)
        {
            notes.Add(QuestionTexts.Unrecognised(query.Unrecognised));
        }

        return new Answer(AnswerKind.NotUnderstood, QuestionTexts.NotUnderstood, scope, notes, [], [], 0,
            QuestionTexts.Suggestions(query), QuestionTexts.HelpLines);
    }

    private static List<string> Notes(QueryResult result)
    {
        var query = result.Query;
        var notes = new List<string>();
        if (result.Access.DeniedDepartments.Count > 0)
        {
            notes.Add(QuestionTexts.Denied(result.Access.DeniedDepartments));
        }

        if (query.Period is { } period && result.DueQuarters.Count == 0 && query.Intent != QueryIntent.PlanContent)
        {
            notes.Add(QuestionTexts.NotDue(QuestionTexts.Period(period)));
        }

        if (query.Period is null && query.Intent is not QueryIntent.PlanContent and not QueryIntent.Unanswered && result.DueQuarters.Count > 0)
        {
            notes.Add(QuestionTexts.LatestNote(result.DueQuarters[0]));
        }

        if (query.Unrecognised.Count > 0)
        {
            notes.Add(QuestionTexts.Unrecognised(query.Unrecognised));
        }

        return notes;
    }

    private static Answer Items(QueryResult result, string conditions, string scope, List<string> notes)
    {
        var (groups, more) = ByStrategy(result.Rows, ItemOf);
        return new Answer(AnswerKind.Items, QuestionTexts.CountHeading(conditions, result.Count), scope, notes, [], groups, more, [], []);
    }

    private static Answer Count(QueryResult result, string conditions, string scope, List<string> notes)
    {
        var facts = result.Summaries.Select(s => new AnswerFact(s.Scope, QuestionTexts.CountByScope(s))).ToList();
        return new Answer(AnswerKind.Count, QuestionTexts.CountHeading(conditions, result.Count), scope, notes, facts, [], 0, [], []);
    }

    private static Answer Summary(QueryResult result, string conditions, string scope, List<string> notes)
    {
        var facts = result.Summaries.Select(s => new AnswerFact(s.Scope, QuestionTexts.Tally(s))).ToList();
        if (result.Summaries.Count > 1)
        {
            facts.Add(new AnswerFact(result.Totals.Scope, QuestionTexts.Tally(result.Totals)));
        }

        return new Answer(AnswerKind.Summary, QuestionTexts.SummaryHeading(conditions, result.Count), scope, notes, facts, [], 0, [], []);
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

    private static Answer Plan(QueryResult result, string conditions, string scope, List<string> notes)
    {
        var query = result.Query;
        var kind = query.PlanContent ?? PlanCellKind.Actions;
        var (groups, more) = ByStrategy(result.Rows, row =>
        {
            var lines = row.PlanItems.Take(MaxPlanLines).Select(i => (i.Depth > 0 ? "  " : string.Empty) + i).ToList();
            if (lines.Count == 0)
            {
                lines.Add(QuestionTexts.NoPlanText);
            }
            else if (row.PlanItems.Count > MaxPlanLines)
            {
                lines.Add(QuestionTexts.More(row.PlanItems.Count - MaxPlanLines));
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

    private static AnswerItem ItemOf(QueryRow row)
    {
        var facts = new List<AnswerFact>();
        if (row.Department is { } department)
        {
            facts.Add(new AnswerFact(QuestionTexts.DepartmentLabel, department));
        }

        facts.Add(new AnswerFact(QuestionTexts.OwnerLabel, QuestionTexts.Owners(row.Owners.Select(o => o.Name).ToList(), MaxOwnersShown)));
        if (row.Report is { } report)
        {
            facts.Add(new AnswerFact(QuestionTexts.StatusLabel, report.Status.ToJapanese()));
            facts.Add(new AnswerFact(QuestionTexts.PercentLabel, QuestionTexts.Percent(report.PercentComplete)));
            facts.Add(new AnswerFact(QuestionTexts.ReportedLabel, QuestionTexts.Date(report.ReportedAt) + QuestionTexts.ReportQuarter(report.Quarter)));
            if (!string.IsNullOrWhiteSpace(report.Comment))
            {
                facts.Add(new AnswerFact(QuestionTexts.CommentLabel, DisplayText.Shorten(report.Comment.Trim(), MaxCommentLength).Text));
            }
        }
        else
        {
            facts.Add(new AnswerFact(QuestionTexts.StatusLabel, row.IsUnanswered ? QuestionTexts.UnansweredLabel : QuestionTexts.NoReportLabel));
        }

        return new AnswerItem(QuestionTexts.ItemTitle(row.InitiativeNumber, row.InitiativeTitle, row.SubThemeLabel), facts, []);
    }

    /// <summary>Groups rows by strategy in plan order, showing at most <see cref="MaxItems"/> in all.</summary>
    private static (List<AnswerGroup> Groups, int More) ByStrategy(IReadOnlyList<QueryRow> rows, Func<QueryRow, AnswerItem> item)
    {
        var shown = rows.Take(MaxItems).ToList();
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
