using System.Globalization;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// The quarter-end reminder card: one per owner and cycle, listing each of their sub-themes with what the plan says and
/// inputs for status, progress and comment, and one submit button. The same builder draws the recorded card (who/when/what,
/// still editable) and the closed card, and redraws a rejected submission with its errors and the user's entries.
/// </summary>
public static class ReminderCard
{
    /// <summary>
    /// The most items one card carries. Teams rejects a bot message over 100 KB (counted in UTF-16); with the seed's longest
    /// plan cells and every comment at <see cref="ReminderTexts.MaxCommentLength"/>, fifteen items stay near 70 KB. An owner with more
    /// gets several cards: see <see cref="Partition"/>.
    /// </summary>
    public const int MaxItemsPerCard = 15;

    /// <summary>
    /// Splits an owner's items into cards of at most <see cref="MaxItemsPerCard"/>, in order, keeping the sub-themes of one
    /// initiative on the same card when they fit. Most owners get one part.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ReminderCardItem>> Partition(IReadOnlyList<ReminderCardItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var parts = new List<IReadOnlyList<ReminderCardItem>>();
        var current = new List<ReminderCardItem>();
        foreach (var group in ConsecutiveByInitiative(items))
        {
            if (current.Count + group.Count > MaxItemsPerCard && current.Count > 0)
            {
                parts.Add(current);
                current = [];
            }

            foreach (var chunk in group.Chunk(MaxItemsPerCard))
            {
                if (current.Count + chunk.Length > MaxItemsPerCard)
                {
                    parts.Add(current);
                    current = [];
                }

                current.AddRange(chunk);
            }
        }

        if (current.Count > 0)
        {
            parts.Add(current);
        }

        return parts;
    }

    /// <summary>
    /// The card for <paramref name="model"/>'s state: open (inputs, prefilled from the last report), recorded (who/when,
    /// prefilled with the answers, still editable), closed (answers only), or a rejected submission (the user's entries
    /// and the errors beside their inputs).
    /// </summary>
    /// <exception cref="ArgumentException">More than <see cref="MaxItemsPerCard"/> items.</exception>
    public static AdaptiveCard Build(ReminderCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Items.Count > MaxItemsPerCard)
        {
            throw new ArgumentException(
                $"A reminder card carries at most {MaxItemsPerCard} items to stay under Teams' message limit; got {model.Items.Count}. Split them with {nameof(Partition)}.",
                nameof(model));
        }

        var body = new List<CardElement>
        {
            new TextBlock { Text = ReminderCardTexts.Title(model.Quarter, model.Part), Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        body.AddRange(Problems(model));
        body.AddRange(Header(model));
        // Sub-themes of one initiative follow each other; its number and title are shown once, above the first.
        body.AddRange(model.Items.Select((item, i) =>
            Item(model, item, showInitiative: i == 0 || model.Items[i - 1].InitiativeNumber != item.InitiativeNumber)));

        return new AdaptiveCard
        {
            FallbackText = ReminderCardTexts.FallbackText(model.Quarter),
            Refresh = model.IsClosed || model.RefreshUserId is null ? null : new CardRefresh
            {
                Action = new ExecuteAction { Verb = ReminderCardVerbs.RefreshProgress, Data = Data(model, ReminderCardVerbs.RefreshProgress) },
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
        yield return new TextBlock { Text = ReminderCardTexts.CommentHint, Wrap = true, IsSubtle = true, Spacing = CardSpacing.Small };
        if (model.Record is { } record)
        {
            yield return new Container
            {
                Style = ContainerStyle.Good,
                Items = [new TextBlock { Text = ReminderCardTexts.Recorded(record, model.Deadline), Wrap = true }],
            };
        }
    }

    /// <summary>
    /// Under the title, where the user looks first: the card's notices, the errors that have no input to sit beside (the
    /// whole card, an item not on it), and, when errors sit at the inputs, a word that nothing was recorded.
    /// </summary>
    private static IEnumerable<CardElement> Problems(ReminderCardModel model)
    {
        var keys = model.Items.Select(i => i.SubThemeKey).ToHashSet(StringComparer.Ordinal);
        string[] lines =
        [
            .. model.Notices,
            .. model.Errors.Where(e => e.SubThemeKey is not { } key || !keys.Contains(key)).Select(e => e.Message),
            .. model.Errors.Any(e => e.SubThemeKey is { } key && keys.Contains(key)) ? [ReminderCardTexts.FixErrors] : Array.Empty<string>(),
        ];
        if (lines.Length == 0)
        {
            yield break;
        }

        yield return new Container
        {
            Style = ContainerStyle.Attention,
            Items = [.. lines.Distinct(StringComparer.Ordinal).Select(text => new TextBlock { Text = text, Wrap = true, Color = TextColor.Attention, Weight = TextWeight.Bolder })],
        };
    }

    private static Container Item(ReminderCardModel model, ReminderCardItem item, bool showInitiative)
    {
        var key = item.SubThemeKey;
        var errors = model.Errors.Where(e => e.SubThemeKey == key).ToList();
        var items = new List<CardElement>();
        if (showInitiative)
        {
            items.Add(new TextBlock { Text = ReminderCardTexts.InitiativeHeading(item.InitiativeNumber, item.InitiativeTitle), Weight = TextWeight.Bolder, Wrap = true });
        }

        if (item.SubThemeLabel is { Length: > 0 } label)
        {
            items.Add(new TextBlock { Text = label, Weight = showInitiative ? null : TextWeight.Bolder, Wrap = true, Spacing = CardSpacing.Small });
        }

        items.AddRange(ErrorsFor(errors, AnswerField.Item));
        // Heading and lines in one block: a card carries up to dozens of these, and every element costs bytes.
        items.AddRange(item.Plan
            .Where(p => p.Lines.Count > 0)
            .Select(p => new TextBlock { Text = ReminderCardTexts.PlanExcerpt(p), Size = TextSize.Small, Wrap = true, Spacing = CardSpacing.Small }));

        // The last report shows its status and percent only: its comment is stored, and a card of thirty items cannot
        // carry thirty old comments and stay small.
        if (item.LastReport is { } last)
        {
            items.Add(new TextBlock { Text = ReminderCardTexts.LastReport(last), Size = TextSize.Small, IsSubtle = true, Wrap = true, Spacing = CardSpacing.Small });
        }

        if (item.CurrentAnswer is { } current)
        {
            items.Add(new TextBlock { Text = ReminderCardTexts.CurrentAnswer(current), Size = TextSize.Small, Color = TextColor.Good, Wrap = true, Spacing = CardSpacing.Small });

            // While the card is open the comment is in its input already; only the closed card shows it as text.
            if (model.IsClosed)
            {
                items.AddRange(Verbatim(current.Comment));
            }
        }
        else if (model.IsClosed)
        {
            items.Add(new TextBlock { Text = ReminderCardTexts.NotAnswered, Size = TextSize.Small, Color = TextColor.Warning, Spacing = CardSpacing.Small });
        }

        // Sent after the cycle closed: the closed card has no inputs, so what the user typed is shown for them to keep.
        if (model.IsClosed && model.Entries.FirstOrDefault(e => e.SubThemeKey == key) is { } late && !late.IsBlank)
        {
            items.Add(new TextBlock { Text = ReminderCardTexts.NotRecordedEntry, Size = TextSize.Small, Color = TextColor.Attention, Wrap = true, Spacing = CardSpacing.Small });
            items.AddRange(Verbatim(ReminderCardTexts.EntryText(late)));
        }

        if (!model.IsClosed)
        {
            items.AddRange(Inputs(model, item, errors));
        }

        return new Container { Id = $"item:{key}", Items = items, Separator = true, Spacing = CardSpacing.Large };
    }

    private static IEnumerable<CardElement> Inputs(ReminderCardModel model, ReminderCardItem item, List<AnswerError> errors)
    {
        var key = item.SubThemeKey;
        var entry = model.Entries.FirstOrDefault(e => e.SubThemeKey == key);
        var (status, percent, comment) = Initial(entry, item);

        // Inputs are stacked rather than put in columns: columns cost about a hundred bytes per item, and each error
        // still sits right under its input.
        yield return new ChoiceSetInput
        {
            Id = ProgressInputIds.Status(key),
            Label = ReminderCardTexts.StatusLabel,
            Choices = StatusChoices,
            Style = ChoiceSetStyle.Compact,
            Placeholder = status is null ? ReminderCardTexts.StatusPlaceholder : null,
            Value = status,
            IsRequired = true,
            ErrorMessage = ReminderCardTexts.StatusRequired,
            Spacing = CardSpacing.Medium,
        };
        foreach (var error in ErrorsFor(errors, AnswerField.Status))
        {
            yield return error;
        }

        yield return new NumberInput
        {
            Id = ProgressInputIds.Percent(key),
            Label = ReminderCardTexts.PercentLabel,
            Min = 0,
            Max = 100,
            Value = percent,
            IsRequired = true,
            ErrorMessage = ReminderCardTexts.PercentInvalid,
        };
        foreach (var error in ErrorsFor(errors, AnswerField.Percent))
        {
            yield return error;
        }

        // The hint of what to write is said once in the header, not as a placeholder repeated per item.
        yield return new TextInput
        {
            Id = ProgressInputIds.Comment(key),
            Label = ReminderCardTexts.CommentLabel,
            IsMultiline = true,
            MaxLength = ReminderTexts.MaxCommentLength,
            Value = comment,
        };
        foreach (var error in ErrorsFor(errors, AnswerField.Comment))
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

    private static IEnumerable<CardElement> ErrorsFor(List<AnswerError> errors, AnswerField field) =>
        errors
            .Where(e => e.Field == field)
            .Select(e => e.Problem)
            .Distinct()
            .Select(problem => new TextBlock
            {
                Text = ReminderTexts.Message(problem),
                Color = TextColor.Attention,
                Size = TextSize.Small,
                Wrap = true,
                Spacing = CardSpacing.Small,
            });

    /// <summary>User text goes into a text run, which clients show as written (no markdown).</summary>
    private static IEnumerable<CardElement> Verbatim(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }

        yield return new RichTextBlock
        {
            Spacing = CardSpacing.None,
            Inlines = [new TextRun { Text = text, Size = TextSize.Small }],
        };
    }

    private static ExecuteAction SubmitButton(ReminderCardModel model)
    {
        var title = model.Record is null ? ReminderCardTexts.Submit : ReminderCardTexts.Resubmit;
        var data = Data(model, ReminderCardVerbs.SubmitProgress);
        return new ExecuteAction
        {
            Title = title,
            Verb = ReminderCardVerbs.SubmitProgress,
            Data = data,
            Fallback = new SubmitAction { Title = title, Data = data },
        };
    }

    private static Dictionary<string, string> Data(ReminderCardModel model, string verb) => new(StringComparer.Ordinal)
    {
        [CardDataKeys.Verb] = verb,
        [ReminderCardDataKeys.CycleId] = model.CycleId,
        [ReminderCardDataKeys.CardId] = model.CardId,
    };

    private static readonly IReadOnlyList<Choice> StatusChoices =
        [.. ProgressStatusNames.All.Select(s => new Choice(s.ToJapanese(), s.ToJapanese()))];

    private static IEnumerable<List<ReminderCardItem>> ConsecutiveByInitiative(IReadOnlyList<ReminderCardItem> items)
    {
        var group = new List<ReminderCardItem>();
        foreach (var item in items)
        {
            if (group.Count > 0 && group[^1].InitiativeNumber != item.InitiativeNumber)
            {
                yield return group;
                group = [];
            }

            group.Add(item);
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }
}
