using System.Text;
using PlanBot.Domain.Reminders;

namespace PlanBot.Domain.Digest;

/// <summary>
/// A digest as plain Japanese text, readable in ten seconds: for <c>digest --preview</c>, clients that render no
/// card (the Agents Playground) and tests. Sections in a fixed order; lists show what <see cref="DigestLimits"/> kept,
/// with 「ほか N件」 for the rest; zero counts are left out.
/// </summary>
public static class DigestText
{
    /// <summary>Cells of the overall status bars.</summary>
    public const int BarWidth = 10;

    private const string Bullet = "・";

    public static string Render(WeeklyDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var text = new StringBuilder();
        text.AppendLine(DigestTexts.Heading(digest.Date));
        if (digest.Scope.Member is { } member)
        {
            text.AppendLine(DigestTexts.MemberScope(member.Name, member.Department));
        }

        text.AppendLine(DigestTexts.QuarterLine(digest.Quarter));
        Cycle(text, digest.Cycle);
        Status(text, digest);
        Changes(text, digest.Changes);
        Kgis(text, digest.Kgis);
        return text.ToString().TrimEnd() + "\n";
    }

    /// <summary>「■■■□□□□□□□」: a count's share of a total, at least one cell for a non-zero count.</summary>
    public static string Bar(int count, int total)
    {
        var filled = total == 0 ? 0 : Math.Max(count > 0 ? 1 : 0, (int)Math.Round(count * (double)BarWidth / total, MidpointRounding.AwayFromZero));
        return new string(DigestTexts.BarFilled, filled) + new string(DigestTexts.BarEmpty, BarWidth - filled);
    }

    private static void Cycle(StringBuilder text, DigestCycle? cycle)
    {
        text.AppendLine();
        if (cycle is null)
        {
            text.AppendLine(DigestTexts.NoCycle);
            return;
        }

        text.AppendLine(DigestTexts.CycleHeading(cycle.Quarter, cycle.State == ReminderCycleState.Closed));
        if (cycle.AskedItems == 0)
        {
            text.AppendLine(DigestTexts.NothingAsked);
            return;
        }

        text.AppendLine(DigestTexts.AnswerRate(cycle));
        if (cycle.AnsweredItems == cycle.AskedItems)
        {
            text.AppendLine(DigestTexts.EveryoneAnswered);
            return;
        }

        // Unanswered items whose owners the scope may not name (another department's) show only in the rate.
        if (cycle.Unanswered.IsEmpty)
        {
            return;
        }

        text.AppendLine(DigestTexts.UnansweredHeading);
        foreach (var department in cycle.Unanswered.Items)
        {
            text.AppendLine(Bullet + DigestTexts.UnansweredDepartment(department));
        }

        More(text, cycle.Unanswered.More);
    }

    private static void Status(StringBuilder text, WeeklyDigest digest)
    {
        text.AppendLine();
        text.AppendLine(DigestTexts.StatusHeading + DigestTexts.StatusCountsOf(digest.StatusQuarter, digest.Overall.Total));
        if (digest.Overall.Total == 0)
        {
            text.AppendLine(DigestTexts.NoItems);
            NotAsked(text, digest.NotAsked);
            return;
        }

        foreach (var count in digest.Overall.Series.Where(s => s.Count > 0))
        {
            text.AppendLine(StatusLine(DigestTexts.StatusLabel(count.Status), count.Count, digest.Overall.Total));
        }

        NotAsked(text, digest.NotAsked);

        text.AppendLine(DigestTexts.ByStrategyHeading);
        foreach (var strategy in digest.ByStrategy)
        {
            var counts = strategy.Counts.Series.Where(s => s.Count > 0).Select(s => DigestTexts.Count(s.Status, s.Count));
            text.AppendLine($"{DigestTexts.Strategy(strategy.StrategyNumber, strategy.ShortTitle)}  {string.Join(" ", counts)}");
        }
    }

    private static void NotAsked(StringBuilder text, int count)
    {
        if (count > 0)
        {
            text.AppendLine(DigestTexts.NotAsked(count));
        }
    }

    /// <summary>「遅延　 ■■□□□□□□□□ 2」: labels are two or three full-width characters, padded to three so the bars line up.</summary>
    private static string StatusLine(string label, int count, int total) =>
        $"{label.PadRight(3, '\u3000')} {Bar(count, total)} {count}";

    private static void Changes(StringBuilder text, DigestChanges changes)
    {
        text.AppendLine();
        text.AppendLine(DigestTexts.ChangesHeading(changes));
        if (changes.IsEmpty)
        {
            text.AppendLine(DigestTexts.NoChanges(changes));
            return;
        }

        StatusChanges(text, DigestTexts.NewlyDelayed, changes.NewlyDelayed);
        StatusChanges(text, DigestTexts.NewlyAtRisk, changes.NewlyAtRisk);
        StatusChanges(text, DigestTexts.NewlyCompleted, changes.NewlyCompleted);
        if (!changes.Comments.IsEmpty)
        {
            text.AppendLine(DigestTexts.Comments);
            foreach (var comment in changes.Comments.Items)
            {
                text.AppendLine(Bullet + DigestTexts.Comment(comment));
            }

            More(text, changes.Comments.More);
        }
    }

    private static void StatusChanges(StringBuilder text, string heading, CappedList<DigestStatusChange> changes)
    {
        if (changes.IsEmpty)
        {
            return;
        }

        text.AppendLine(heading);
        foreach (var change in changes.Items)
        {
            text.AppendLine(Bullet + DigestTexts.SubTheme(change.SubTheme) + DigestTexts.ChangeDetail(change));
        }

        More(text, changes.More);
    }

    private static void Kgis(StringBuilder text, DigestKgis kgis)
    {
        text.AppendLine();
        if (kgis.DueCount == 0)
        {
            text.AppendLine(DigestTexts.NoKgis);
            return;
        }

        text.AppendLine(DigestTexts.KgiHeading(kgis));
        if (kgis.AtRisk.IsEmpty)
        {
            text.AppendLine(DigestTexts.NoKgisAtRisk);
            return;
        }

        foreach (var kgi in kgis.AtRisk.Items)
        {
            text.AppendLine($"{Bullet}{DigestTexts.SubTheme(kgi.SubTheme)}: {DigestTexts.KgiRisk(kgi)}");
        }

        More(text, kgis.AtRisk.More);
    }

    private static void More(StringBuilder text, int more)
    {
        if (more > 0)
        {
            text.AppendLine(DigestTexts.More(more));
        }
    }
}
