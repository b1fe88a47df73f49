using PlanBot.Domain.Progress;
using PlanBot.Domain.Questions;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Help;

namespace PlanBot.Teams.Questions;

/// <summary>
/// The answer to a question as an Adaptive Card: the heading that restates what was understood, the scope answered for,
/// notes, then the answer's shape — a status table over items grouped by strategy (or, for a long answer, the worst
/// first by status), one initiative's facts over each sub-theme's report and plan, people grouped by department, plan
/// lines — and the answer's buttons under their heading (「もしかして」, the next questions, narrowing down, examples),
/// with the help when the question was not understood.
/// Every string taken from the <see cref="Answer"/> may carry user text (a comment, a word from the question, a plan
/// title), so it is shown as a <see cref="TextRun"/>, which clients never read as markdown. Only the card's own fixed
/// words use <see cref="TextBlock"/>. Sizes are capped by <see cref="AnswerBuilder"/>, not here.
/// </summary>
public static class AnswerCard
{
    /// <summary>Fixed width of the label column of a status table, so rows line up across column sets.</summary>
    private const string ScopeColumnWidth = "140px";

    public static AdaptiveCard Build(Answer answer) => Build(answer, showAdminCommands: false);

    /// <param name="answer">The answer, as <see cref="AnswerBuilder"/> builds it.</param>
    /// <param name="showAdminCommands">Passed to the help shown with a help or not-understood answer.</param>
    public static AdaptiveCard Build(Answer answer, bool showAdminCommands)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var body = new List<CardElement>
        {
            Text(new TextRun { Text = answer.Heading, Size = TextSize.Large, Weight = TextWeight.Bolder }),
            Text(new TextRun { Text = answer.Scope, IsSubtle = true }) with { Spacing = CardSpacing.Small },
        };
        body.AddRange(answer.Notes.Select(note => Text(new TextRun { Text = AnswerCardTexts.NotePrefix + note, IsSubtle = true }) with { Spacing = CardSpacing.Small }));

        if (answer.Facts.Count > 0)
        {
            body.AddRange(Table(answer.Facts, withHeader: answer.Kind != AnswerKind.Detail));
        }

        body.AddRange(answer.Groups.SelectMany(Group));

        if (answer.MoreCount > 0)
        {
            body.Add(More(answer));
        }

        if (answer.Suggestions.Count > 0)
        {
            body.Add(new TextBlock { Text = answer.SuggestionsHeading, Wrap = true, Weight = TextWeight.Bolder, Spacing = CardSpacing.Medium, Separator = true });
            body.Add(new ActionSet { Actions = [.. answer.Suggestions.Select(Suggestion)] });
        }

        if (answer.Kind is AnswerKind.Help or AnswerKind.NotUnderstood)
        {
            body.AddRange(Help(answer, showAdminCommands));
        }

        return new AdaptiveCard
        {
            FallbackText = string.IsNullOrWhiteSpace(answer.Heading) ? AnswerCardTexts.FallbackText : answer.Heading,
            Body = body,
            MsTeams = TeamsCardExtension.FullWidth,
        };
    }

    /// <summary>
    /// The status counts and average progress per scope (or the counts per scope) as a two-column table under its column
    /// headings; without them, an initiative's own facts (strategy, department, owners).
    /// </summary>
    private static IEnumerable<CardElement> Table(IReadOnlyList<AnswerFact> facts, bool withHeader)
    {
        if (withHeader)
        {
            yield return Row(
                new TextRun { Text = AnswerCardTexts.ScopeColumn, Weight = TextWeight.Bolder, IsSubtle = true },
                new TextRun { Text = AnswerCardTexts.TallyColumn, Weight = TextWeight.Bolder, IsSubtle = true },
                CardSpacing.Medium);
        }

        foreach (var fact in facts)
        {
            // The totals row (全体) closes the table; a line sets it apart from the departments above it.
            var isTotal = facts.Count > 1 && ReferenceEquals(fact, facts[^1]) && fact.Label == QuestionTexts.AllScopes;
            yield return Row(new TextRun { Text = fact.Label, Weight = TextWeight.Bolder }, new TextRun { Text = fact.Value }, CardSpacing.Small) with
            {
                Separator = isTotal ? true : null,
            };
        }
    }

    private static ColumnSet Row(TextRun label, TextRun value, CardSpacing spacing) => new()
    {
        Spacing = spacing,
        Columns =
        [
            new Column { Width = ScopeColumnWidth, Items = [Text(label)] },
            new Column { Width = Column.Stretch, Items = [Text(value)] },
        ],
    };

    /// <summary>A strategy (or department) heading, then its entries.</summary>
    private static IEnumerable<CardElement> Group(AnswerGroup group)
    {
        yield return Text(new TextRun { Text = group.Title, Size = TextSize.Medium, Weight = TextWeight.Bolder }) with
        {
            Spacing = CardSpacing.Medium,
            Separator = true,
        };
        foreach (var item in group.Items)
        {
            yield return Item(item);
        }
    }

    /// <summary>
    /// An entry: its title, its facts on one line ("部署: … / 担当: … / 状況: 遅延 / 進捗: 10% / 報告日: …"), the comment
    /// on its own line, then free lines (planned items).
    /// </summary>
    private static Container Item(AnswerItem item)
    {
        var items = new List<CardElement> { Text(new TextRun { Text = item.Title, Weight = TextWeight.Bolder }) };
        var facts = item.Facts.Where(f => f.Label != QuestionTexts.CommentLabel).ToList();
        if (facts.Count > 0)
        {
            var runs = new List<TextRun>();
            foreach (var fact in facts)
            {
                var separator = runs.Count > 0 ? AnswerCardTexts.FactSeparator : string.Empty;
                runs.Add(new TextRun { Text = separator + fact.Label + AnswerCardTexts.LabelSeparator, IsSubtle = true });
                runs.Add(new TextRun { Text = fact.Value, Color = fact.Label == QuestionTexts.StatusLabel ? StatusColor(fact.Value) : null });
            }

            items.Add(new RichTextBlock { Inlines = runs, Spacing = CardSpacing.None });
        }

        foreach (var comment in item.Facts.Where(f => f.Label == QuestionTexts.CommentLabel))
        {
            items.Add(new RichTextBlock
            {
                Spacing = CardSpacing.None,
                Inlines =
                [
                    new TextRun { Text = comment.Label + AnswerCardTexts.LabelSeparator, IsSubtle = true },
                    new TextRun { Text = comment.Value },
                ],
            });
        }

        items.AddRange(item.Lines.Select(line => Text(new TextRun { Text = line }) with { Spacing = CardSpacing.None }));
        return new Container { Items = items, Spacing = CardSpacing.Small };
    }

    /// <summary>Colours the statuses that need attention, so a list of many items can be scanned.</summary>
    private static TextColor? StatusColor(string status) =>
        status == ProgressStatus.Delayed.ToJapanese() || status == QuestionTexts.UnansweredLabel ? TextColor.Attention
        : status == ProgressStatus.AtRisk.ToJapanese() ? TextColor.Warning
        : status == ProgressStatus.Completed.ToJapanese() ? TextColor.Good
        : null;

    private static Container More(Answer answer) => new()
    {
        Spacing = CardSpacing.Medium,
        Separator = true,
        Items =
        [
            Text(new TextRun
            {
                Text = answer.Kind == AnswerKind.Unanswered ? QuestionTexts.MorePeople(answer.MoreCount) : QuestionTexts.More(answer.MoreCount),
                Weight = TextWeight.Bolder,
            }),
            new TextBlock { Text = AnswerCardTexts.MoreHint, Wrap = true, IsSubtle = true, Spacing = CardSpacing.None },
        ],
    };

    /// <summary>
    /// A button that asks the suggested question. Action.Execute lets the bot answer in place of this card; clients
    /// without Universal Actions send the same data as a message (Action.Submit), hence the verb in the data too.
    /// </summary>
    private static ExecuteAction Suggestion(string question)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [CardDataKeys.Verb] = AnswerCardVerbs.AskQuestion,
            [AnswerCardDataKeys.Question] = question,
        };
        return new ExecuteAction
        {
            Title = question,
            Verb = AnswerCardVerbs.AskQuestion,
            Data = data,
            Fallback = new SubmitAction { Title = question, Data = data },
        };
    }

    /// <summary>How to ask (the answer's own help lines), then the help card itself, so the two never drift apart.</summary>
    private static IEnumerable<CardElement> Help(Answer answer, bool showAdminCommands)
    {
        var lines = answer.Help.Select(line => Text(new TextRun { Text = line }) with { Spacing = CardSpacing.None }).ToList<CardElement>();
        if (lines.Count > 0)
        {
            yield return new Container { Items = lines, Spacing = CardSpacing.Medium, Separator = true };
        }

        yield return new Container { Items = HelpCard.Build(showAdminCommands).Body, Spacing = CardSpacing.Large, Separator = true };
    }

    private static RichTextBlock Text(TextRun run) => new() { Inlines = [run] };
}
