using System.Globalization;
using PlanBot.Domain.Progress;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Cards.Reminders;

/// <summary>
/// The quarter-end reminder card: one per owner and cycle, listing each of their sub-themes with what the plan says and
/// inputs for status, progress and comment, and one submit button. The same builder draws the recorded card (who/when/what,
/// still editable) and the closed card, and redraws a rejected submission with its errors and the user's entries.
/// </summary>
public static class ReminderCard
{
    /// <summary>Comments longer than this are rejected; the input also hints it to the client.</summary>
    public const int CommentMaxLength = 1000;

    public static AdaptiveCard Build(ReminderCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<CardElement>
        {
            new TextBlock { Text = ReminderCardTexts.Title(model.Quarter), Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        body.AddRange(Header(model));
        body.AddRange(model.Items.Select(item => Item(model, item)));

        return new AdaptiveCard
        {
            FallbackText = ReminderCardTexts.FallbackText(model.Quarter),
            Refresh = model.IsClosed || model.RefreshUserId is null ? null : new CardRefresh
            {
                Action = new ExecuteAction { Verb = CardVerbs.RefreshProgress, Data = Data(model, CardVerbs.RefreshProgress) },
                UserIds = [model.RefreshUserId],
            },
            Body = body,
            Actions = model.IsClosed ? null : [SubmitButton(model)],
            MsTeams = TeamsCardExtension.FullWidth,
        };
    }

    private static IEnumerable<CardElement> Header(ReminderCardModel model)
    {
        if (model.IsClosed)
        {
            yield return new TextBlock { Text = ReminderCardTexts.ClosedGreeting(model.PersonName), Wrap = true };
            yield return new Container
            {
                Style = ContainerStyle.Emphasis,
                Items = [new TextBlock { Text = ReminderCardTexts.Closed, Wrap = true }],
            };
            yield break;
        }

        yield return new TextBlock { Text = ReminderCardTexts.Greeting(model.PersonName, model.Items.Count), Wrap = true };
        yield return new TextBlock { Text = ReminderCardTexts.DeadlineLine(model.Deadline), Wrap = true, Weight = TextWeight.Bolder, Spacing = CardSpacing.Small };
        if (model.Record is { } record)
        {
            yield return new Container
            {
                Style = ContainerStyle.Good,
                Items = [new TextBlock { Text = ReminderCardTexts.Recorded(record, model.Deadline), Wrap = true }],
            };
        }

        if (model.Errors.Count > 0)
        {
            yield return new Container
            {
                Style = ContainerStyle.Attention,
                Items = [new TextBlock { Text = ReminderCardTexts.FixErrors, Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder }],
            };
        }
    }

    private static Container Item(ReminderCardModel model, ReminderCardItem item)
    {
        var key = item.SubThemeKey;
        var errors = model.Errors.Where(e => e.SubThemeKey == key).ToList();
        var items = new List<CardElement>
        {
            new TextBlock { Text = ReminderCardTexts.InitiativeHeading(item.InitiativeNumber, item.InitiativeTitle), Weight = TextWeight.Bolder, Wrap = true },
        };
        if (item.SubThemeLabel is { Length: > 0 } label)
        {
            items.Add(new TextBlock { Text = label, Wrap = true, Spacing = CardSpacing.None });
        }

        items.AddRange(ErrorsFor(errors, field: null));
        foreach (var excerpt in item.Plan.Where(p => p.Lines.Count > 0))
        {
            items.Add(new TextBlock { Text = ReminderCardTexts.PlanHeading(excerpt.Period), Size = TextSize.Small, IsSubtle = true, Wrap = true, Spacing = CardSpacing.Small });
            items.Add(new TextBlock { Text = string.Join('\n', excerpt.Lines), Size = TextSize.Small, Wrap = true, Spacing = CardSpacing.None });
        }

        if (item.LastReport is { } last)
        {
            items.Add(new TextBlock { Text = ReminderCardTexts.LastReport(last), Size = TextSize.Small, IsSubtle = true, Wrap = true, Spacing = CardSpacing.Small });
            items.AddRange(Verbatim(last.Comment, TextColor.Default, subtle: true));
        }

        if (item.CurrentAnswer is { } current)
        {
            items.Add(new TextBlock { Text = ReminderCardTexts.CurrentAnswer(current), Size = TextSize.Small, Color = TextColor.Good, Wrap = true, Spacing = CardSpacing.Small });
            items.AddRange(Verbatim(current.Comment, TextColor.Default, subtle: false));
        }
        else if (model.IsClosed)
        {
            items.Add(new TextBlock { Text = ReminderCardTexts.NotAnswered, Size = TextSize.Small, Color = TextColor.Warning, Spacing = CardSpacing.Small });
        }

        if (!model.IsClosed)
        {
            items.AddRange(Inputs(model, item, errors));
        }

        return new Container { Id = $"item:{key}", Items = items, Separator = true, Spacing = CardSpacing.Large };
    }

    private static IEnumerable<CardElement> Inputs(ReminderCardModel model, ReminderCardItem item, List<ProgressInputError> errors)
    {
        var key = item.SubThemeKey;
        var entry = model.Entries.FirstOrDefault(e => e.SubThemeKey == key);
        var (status, percent, comment) = Initial(entry, item);

        var statusColumn = new List<CardElement>
        {
            new ChoiceSetInput
            {
                Id = ProgressInputIds.Status(key),
                Label = ReminderCardTexts.StatusLabel,
                Choices = StatusChoices,
                Style = ChoiceSetStyle.Compact,
                Placeholder = ReminderCardTexts.StatusPlaceholder,
                Value = status,
                IsRequired = true,
                ErrorMessage = ReminderCardTexts.StatusRequired,
            },
        };
        statusColumn.AddRange(ErrorsFor(errors, ProgressInputField.Status));
        var percentColumn = new List<CardElement>
        {
            new NumberInput
            {
                Id = ProgressInputIds.Percent(key),
                Label = ReminderCardTexts.PercentLabel,
                Min = 0,
                Max = 100,
                Placeholder = ReminderCardTexts.PercentPlaceholder,
                Value = percent,
                IsRequired = true,
                ErrorMessage = ReminderCardTexts.PercentInvalid,
            },
        };
        percentColumn.AddRange(ErrorsFor(errors, ProgressInputField.Percent));

        yield return new ColumnSet
        {
            Spacing = CardSpacing.Medium,
            Columns =
            [
                new Column { Width = Column.Stretch, Items = statusColumn },
                new Column { Width = Column.Stretch, Items = percentColumn },
            ],
        };
        yield return new TextInput
        {
            Id = ProgressInputIds.Comment(key),
            Label = ReminderCardTexts.CommentLabel,
            IsMultiline = true,
            MaxLength = CommentMaxLength,
            Placeholder = ReminderCardTexts.CommentPlaceholder,
            Value = comment,
        };
        foreach (var error in ErrorsFor(errors, ProgressInputField.Comment))
        {
            yield return error;
        }
    }

    /// <summary>
    /// What the inputs start with: the user's rejected entry as typed, else this quarter's recorded answer, else the last
    /// report's status and percent (the comment is new each quarter). A percent that is not a number cannot be put back
    /// into a number input; its error says so instead.
    /// </summary>
    private static (string? Status, double? Percent, string? Comment) Initial(ProgressEntry? entry, ReminderCardItem item)
    {
        if (entry is not null)
        {
            var status = ProgressStatusNames.TryParse(entry.Status, out var s) ? s.ToJapanese() : null;
            double? percent = double.TryParse(entry.Percent, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && double.IsFinite(p) ? p : null;
            return (status, percent, string.IsNullOrEmpty(entry.Comment) ? null : entry.Comment);
        }

        if (item.CurrentAnswer is { } current)
        {
            return (current.Status.ToJapanese(), current.PercentComplete, current.Comment);
        }

        return item.LastReport is { } last ? (last.Status.ToJapanese(), last.PercentComplete, null) : (null, null, null);
    }

    private static IEnumerable<CardElement> ErrorsFor(List<ProgressInputError> errors, ProgressInputField? field) =>
        errors
            .Where(e => e.Field == field)
            .Select(e => e.Problem)
            .Distinct()
            .Select(problem => new TextBlock
            {
                Text = ReminderCardTexts.Problem(problem),
                Color = TextColor.Attention,
                Size = TextSize.Small,
                Wrap = true,
                Spacing = CardSpacing.Small,
            });

    /// <summary>User text goes into a text run, which clients show as written (no markdown).</summary>
    private static IEnumerable<CardElement> Verbatim(string? text, TextColor color, bool subtle)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        yield return new RichTextBlock
        {
            Spacing = CardSpacing.None,
            Inlines = [new TextRun { Text = text, Size = TextSize.Small, Color = color, IsSubtle = subtle ? true : null }],
        };
    }

    private static ExecuteAction SubmitButton(ReminderCardModel model)
    {
        var title = model.Record is null ? ReminderCardTexts.Submit : ReminderCardTexts.Resubmit;
        var data = Data(model, CardVerbs.SubmitProgress);
        return new ExecuteAction
        {
            Title = title,
            Verb = CardVerbs.SubmitProgress,
            Data = data,
            Fallback = new SubmitAction { Title = title, Data = data },
        };
    }

    private static Dictionary<string, string> Data(ReminderCardModel model, string verb) => new(StringComparer.Ordinal)
    {
        [CardDataKeys.Verb] = verb,
        [CardDataKeys.CycleId] = model.CycleId,
        [CardDataKeys.CardId] = model.CardId,
    };

    private static readonly IReadOnlyList<Choice> StatusChoices =
        [.. ProgressStatusNames.All.Select(s => new Choice(s.ToJapanese(), s.ToJapanese()))];
}
