using PlanBot.Domain;
using PlanBot.Domain.Digest;
using PlanBot.Domain.People;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Digest;

/// <summary>
/// The weekly digest as an Adaptive Card, in the order of the text digest (<see cref="DigestText"/>) so the two read alike:
/// the heading and the quarter with its business days left; the reminder cycle's answer rate and who has not answered,
/// by department; the status counts overall and per 重点戦略 as a text bar chart (<see cref="DigestChart"/> says why
/// text); what changed since the last digest, each newly 遅延 / 要注意 / 完了 item with the comment its report came with;
/// the other new comments; the fiscal year's KGIs and those at risk. Lists show what <see cref="DigestLimits"/> kept and
/// 「ほか N件」 for the rest, so the card stays far below Teams' 100 KB whatever the plan's size (about 30 KB, counted
/// in UTF-16 as Teams does, when every list is full).
/// </summary>
/// <remarks>
/// Names, departments, plan titles and comments come from people, so they are only ever shown as <see cref="TextRun"/>s,
/// which clients never read as markdown, and enter the JSON only as values the serializer escapes. Only the card's fixed
/// words, dates and numbers use <see cref="TextBlock"/>. The card has no actions: nothing in it can be pressed.
/// </remarks>
public static class DigestCard
{
    public static AdaptiveCard Build(WeeklyDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var heading = DigestTexts.Heading(digest.Date);
        var body = new List<CardElement>
        {
            new TextBlock { Text = heading, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (digest.Scope.Member is { } member)
        {
            body.Add(Line(Run(DigestTexts.MemberScope(member.Name, member.Department)) with { IsSubtle = true }));
        }

        body.Add(new TextBlock { Text = DigestTexts.QuarterLine(digest.Quarter), Wrap = true, IsSubtle = true, Spacing = CardSpacing.None });
        body.Add(Section(Cycle(digest.Cycle)));
        body.Add(Section(Status(digest)));
        body.Add(Section(Changes(digest.Changes)));
        body.Add(Section(Kgis(digest.Kgis)));

        return new AdaptiveCard
        {
            FallbackText = heading,
            Body = body,
            MsTeams = TeamsCardExtension.FullWidth,
        };
    }

    private static IEnumerable<CardElement> Cycle(DigestCycle? cycle)
    {
        if (cycle is null)
        {
            yield return Sentence(DigestTexts.NoCycle);
            yield break;
        }

        yield return Heading(DigestTexts.CycleHeading(cycle.Quarter, cycle.IsClosed));
        if (cycle.AskedItems == 0)
        {
            yield return Sentence(DigestTexts.NothingAsked);
            yield break;
        }

        yield return new RichTextBlock
        {
            Spacing = CardSpacing.Small,
            Inlines = [.. DigestChart.AnswerBar(cycle.AnsweredItems, cycle.AskedItems), Run(" " + DigestTexts.AnswerRate(cycle))],
        };
        if (cycle.AnsweredItems == cycle.AskedItems)
        {
            yield return Sentence(DigestTexts.EveryoneAnswered) with { Color = TextColor.Good };
            yield break;
        }

        // Unanswered items whose owners the scope may not name (another department's) show only in the rate.
        if (cycle.Unanswered.IsEmpty)
        {
            yield break;
        }

        yield return SubHeading(DigestTexts.UnansweredHeading, color: null);
        foreach (var department in cycle.Unanswered.Items)
        {
            var runs = new List<TextRun>
            {
                Run(DigestCardTexts.Bullet),
                Run(department.Department ?? DepartmentLabels.None) with { Weight = TextWeight.Bolder },
                Run(DigestCardTexts.ItemCount(department.ItemCount) + DigestCardTexts.LabelSeparator) with { IsSubtle = true },
                Run(string.Join(DigestCardTexts.NameSeparator, department.OwnerNames.Items)),
            };
            if (department.OwnerNames.More > 0)
            {
                runs.Add(Run(" " + DigestTexts.More(department.OwnerNames.More)) with { IsSubtle = true });
            }

            yield return new RichTextBlock { Inlines = runs, Spacing = CardSpacing.None };
        }

        if (More(cycle.Unanswered.More) is { } more)
        {
            yield return more;
        }
    }

    private static IEnumerable<CardElement> Status(WeeklyDigest digest)
    {
        yield return Heading(DigestTexts.StatusHeading + DigestTexts.StatusCountsOf(digest.StatusQuarter, digest.Overall.Total));
        var notAsked = digest.NotAsked > 0 ? new[] { Sentence(DigestTexts.NotAsked(digest.NotAsked)) with { IsSubtle = true } } : [];
        if (digest.Overall.Total == 0)
        {
            yield return Sentence(DigestTexts.NoItems);
            foreach (var line in notAsked)
            {
                yield return line;
            }

            yield break;
        }

        foreach (var row in DigestChart.StatusRows(digest.Overall).Concat(notAsked))
        {
            yield return row;
        }

        if (digest.ByStrategy.Count == 0)
        {
            yield break;
        }

        var unit = DigestChart.UnitFor(digest.ByStrategy);
        yield return SubHeading(DigestTexts.ByStrategyHeading, color: null);
        yield return new TextBlock { Text = DigestCardTexts.CellLegend(unit), Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = CardSpacing.None };
        foreach (var strategy in digest.ByStrategy)
        {
            // The title on its own line, its bar right under it: a title beside its bar would wrap on a phone.
            yield return Line(Run(DigestTexts.Strategy(strategy.StrategyNumber, strategy.ShortTitle))) with { Spacing = CardSpacing.Small };
            yield return DigestChart.StackedBar(strategy.Counts, unit);
        }
    }

    private static IEnumerable<CardElement> Changes(DigestChanges changes)
    {
        yield return Heading(DigestTexts.ChangesHeading(changes));
        if (changes.IsEmpty)
        {
            yield return Sentence(DigestTexts.NoChanges(changes));
            yield break;
        }

        // A comment that came with a status change is shown under it, where it explains the change, and not again below.
        var shown = changes.Comments.Items.Where(c => !IsOfAnyChange(c, changes)).ToList();
        var elements = StatusChanges(DigestTexts.NewlyDelayed, changes.NewlyDelayed, changes.Comments, TextColor.Attention)
            .Concat(StatusChanges(DigestTexts.NewlyAtRisk, changes.NewlyAtRisk, changes.Comments, TextColor.Warning))
            .Concat(StatusChanges(DigestTexts.NewlyCompleted, changes.NewlyCompleted, changes.Comments, TextColor.Good));
        foreach (var element in elements)
        {
            yield return element;
        }

        if (shown.Count == 0 && changes.Comments.More == 0)
        {
            yield break;
        }

        yield return SubHeading(DigestTexts.Comments, color: null);
        foreach (var comment in shown)
        {
            yield return new RichTextBlock
            {
                Spacing = CardSpacing.None,
                Inlines =
                [
                    Run(DigestCardTexts.Bullet + DigestCardTexts.CommentHeader(comment) + DigestCardTexts.LabelSeparator) with { IsSubtle = true },
                    Run(comment.Text),
                ],
            };
        }

        if (More(changes.Comments.More) is { } more)
        {
            yield return more;
        }
    }

    private static IEnumerable<CardElement> StatusChanges(
        string heading,
        CappedList<DigestStatusChange> changes,
        CappedList<DigestComment> comments,
        TextColor color)
    {
        if (changes.IsEmpty)
        {
            yield break;
        }

        yield return SubHeading(heading, color);
        foreach (var change in changes.Items)
        {
            var lines = new List<CardElement>
            {
                new RichTextBlock
                {
                    Inlines =
                    [
                        Run(DigestCardTexts.Bullet + DigestTexts.SubTheme(change.SubTheme)),
                        Run(DigestTexts.ChangeDetail(change)) with { IsSubtle = true },
                    ],
                },
            };
            lines.AddRange(comments.Items.Where(c => IsOf(c, change)).Select(c => Line(Run(DigestCardTexts.Indent + DigestCardTexts.Quote(c.Text)))));
            yield return new Container { Items = lines, Spacing = CardSpacing.None };
        }

        if (More(changes.More) is { } more)
        {
            yield return more;
        }
    }

    /// <summary>The comment was written with the report that turned the change (same sub-theme, author and time).</summary>
    private static bool IsOf(DigestComment comment, DigestStatusChange change) =>
        comment.SubTheme.Key == change.SubTheme.Key
        && comment.At == change.ReportedAt
        && comment.AuthorName == change.ReporterName;

    private static bool IsOfAnyChange(DigestComment comment, DigestChanges changes) =>
        changes.NewlyDelayed.Items.Concat(changes.NewlyAtRisk.Items).Concat(changes.NewlyCompleted.Items).Any(change => IsOf(comment, change));

    private static IEnumerable<CardElement> Kgis(DigestKgis kgis)
    {
        if (kgis.DueCount == 0)
        {
            yield return Sentence(DigestTexts.NoKgis);
            yield break;
        }

        yield return Heading(DigestTexts.KgiHeading(kgis));
        if (kgis.AtRisk.IsEmpty)
        {
            yield return Sentence(DigestTexts.NoKgisAtRisk);
            yield break;
        }

        foreach (var kgi in kgis.AtRisk.Items)
        {
            var lines = new List<CardElement>
            {
                new RichTextBlock
                {
                    Inlines =
                    [
                        Run(DigestCardTexts.Bullet + DigestTexts.SubTheme(kgi.SubTheme) + DigestCardTexts.LabelSeparator),
                        Run(DigestTexts.KgiRisk(kgi)) with { Color = kgi.Reason == KgiRiskReason.Delayed ? TextColor.Attention : TextColor.Warning },
                    ],
                },
            };
            if (Target(kgi.Targets) is { } target)
            {
                lines.Add(Line(Run(DigestCardTexts.Indent + target) with { IsSubtle = true }));
            }

            yield return new Container { Items = lines, Spacing = CardSpacing.None };
        }

        if (More(kgis.AtRisk.More) is { } more)
        {
            yield return more;
        }
    }

    /// <summary>「目標: 課題解決 1件以上/年 ほか 1件」: the first target, cut to fit a line; null when the cell names none.</summary>
    private static string? Target(IReadOnlyList<string> targets)
    {
        if (targets.Count == 0)
        {
            return null;
        }

        var text = DisplayText.Shorten(targets[0], DigestCardTexts.MaxTargetLength).Text;
        var more = targets.Count > 1 ? " " + DigestTexts.More(targets.Count - 1) : string.Empty;
        return DigestCardTexts.TargetLabel + text + more;
    }

    /// <summary>A section of the card: a line above it and some space.</summary>
    private static Container Section(IEnumerable<CardElement> items) =>
        new() { Items = [.. items], Spacing = CardSpacing.Medium, Separator = true };

    private static TextBlock Heading(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Wrap = true };

    private static TextBlock SubHeading(string text, TextColor? color) =>
        new() { Text = text, Weight = TextWeight.Bolder, Size = TextSize.Small, Color = color, Wrap = true, Spacing = CardSpacing.Small };

    /// <summary>One of <see cref="DigestTexts"/>' fixed sentences.</summary>
    private static TextBlock Sentence(string text) => new() { Text = text, Wrap = true, Spacing = CardSpacing.Small };

    private static TextBlock? More(int count) =>
        count > 0 ? new TextBlock { Text = DigestTexts.More(count), IsSubtle = true, Wrap = true, Spacing = CardSpacing.None } : null;

    private static RichTextBlock Line(TextRun run) => new() { Inlines = [run], Spacing = CardSpacing.None };

    private static TextRun Run(string text) => new() { Text = text };
}
