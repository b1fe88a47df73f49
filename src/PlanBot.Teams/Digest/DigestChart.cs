using PlanBot.Domain.Digest;
using PlanBot.Domain.Progress;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Digest;

/// <summary>
/// The digest's status chart, drawn with Adaptive Card 1.5 text: bars of ■ cells in the status's colour (□ for 未回答),
/// one row per status overall, and one stacked bar per 重点戦略. Every count is also written as a number next to its bar,
/// so the chart reads the same without colour (colour-blind readers, clients that ignore colours, screen readers).
/// </summary>
/// <remarks>
/// Why not Teams' native <c>Chart.*</c> elements: they are not part of Adaptive Card 1.5, whose schema (which every card
/// PlanBot sends is validated against) accepts only its own element types, so a chart fails validation even with a
/// <c>fallback</c>; and other hosts (the Agents Playground among them) do not draw them. Why not an image (ScottPlot):
/// it needs a Japanese font on the server, a public, unguessable, expiring URL that Teams clients fetch, and ~155 MB of
/// native libraries, for a dozen small counts. Text bars render in every client, validate, and cost a few kilobytes.
/// </remarks>
internal static class DigestChart
{
    /// <summary>Cells of the longest per-strategy bar; larger strategies are drawn at a coarser scale (see <see cref="UnitFor"/>).</summary>
    public const int MaxStrategyCells = 20;

    /// <summary>Overall rows' labels are two or three full-width characters, padded to three so the bars line up.</summary>
    private const int LabelWidth = 3;

    /// <summary>
    /// The host palette's colour for a status: 完了 good, 順調 accent, 要注意 warning, 遅延 attention (as the answer
    /// card colours them); 未着手, 中止 and 未回答 in the default colour (中止 and 未回答 subdued, see <see cref="IsSubdued"/>).
    /// </summary>
    public static TextColor? ColorOf(ProgressStatus? status) => status switch
    {
        ProgressStatus.Completed => TextColor.Good,
        ProgressStatus.OnTrack => TextColor.Accent,
        ProgressStatus.AtRisk => TextColor.Warning,
        ProgressStatus.Delayed => TextColor.Attention,
        _ => null,
    };

    /// <summary>Statuses that say nothing is happening are drawn subdued, so the eye goes to the coloured ones.</summary>
    public static bool? IsSubdued(ProgressStatus? status) => status is null or ProgressStatus.Cancelled ? true : null;

    /// <summary>One row per status with a non-zero count: label, a bar of its share (<see cref="DigestText.BarWidth"/> cells for all), count.</summary>
    public static IEnumerable<CardElement> StatusRows(StatusCounts counts) =>
        counts.Series.Where(s => s.Count > 0).Select(s => new RichTextBlock
        {
            Spacing = CardSpacing.None,
            Inlines =
            [
                new TextRun { Text = DigestTexts.StatusLabel(s.Status).PadRight(LabelWidth, '\u3000') + " " },
                Cells(s.Status, Cells(s.Count, counts.Total, DigestText.BarWidth)),
                new TextRun { Text = " " + DigestCardTexts.Count(s.Count) },
            ],
        });

    /// <summary>
    /// How many sub-themes one cell of a per-strategy bar stands for: 1 while the largest strategy fits in
    /// <see cref="MaxStrategyCells"/>, so a reader can count the cells; else the smallest unit that makes it fit.
    /// </summary>
    public static int UnitFor(IEnumerable<StrategyStatusCounts> strategies)
    {
        var largest = strategies.Select(s => s.Counts.Total).DefaultIfEmpty(0).Max();
        return Math.Max(1, (largest + MaxStrategyCells - 1) / MaxStrategyCells);
    }

    /// <summary>A strategy's stacked bar, statuses in <see cref="StatusCounts.Order"/>, then its counts in words (「遅延1 未回答2」).</summary>
    public static RichTextBlock StackedBar(StatusCounts counts, int unit)
    {
        var present = counts.Series.Where(s => s.Count > 0).ToArray();
        var runs = present.Select(s => Cells(s.Status, CellsAt(s.Count, unit))).ToList();
        runs.Add(new TextRun { Text = "  " + string.Join(" ", present.Select(s => DigestTexts.Count(s.Status, s.Count))), IsSubtle = true });
        return new RichTextBlock { Inlines = runs, Spacing = CardSpacing.None };
    }

    /// <summary>A bar of answered items out of those asked, in the 完了 colour, the rest as 未回答 cells.</summary>
    public static IReadOnlyList<TextRun> AnswerBar(int answered, int asked)
    {
        var filled = Cells(answered, asked, DigestText.BarWidth);
        IEnumerable<TextRun> runs =
        [
            Cells(ProgressStatus.Completed, filled),
            Cells(null, DigestText.BarWidth - filled),
        ];
        return [.. runs.Where(r => r.Text.Length > 0)];
    }

    /// <summary>A count's share of <paramref name="width"/> cells, at least one for a non-zero count (the text digest's rule).</summary>
    public static int Cells(int count, int total, int width) =>
        total == 0 ? 0 : Math.Max(count > 0 ? 1 : 0, (int)Math.Round(count * (double)width / total, MidpointRounding.AwayFromZero));

    private static int CellsAt(int count, int unit) =>
        unit == 1 ? count : Math.Max(1, (int)Math.Round(count / (double)unit, MidpointRounding.AwayFromZero));

    private static TextRun Cells(ProgressStatus? status, int cells) => new()
    {
        Text = new string(status is null ? DigestTexts.BarEmpty : DigestTexts.BarFilled, cells),
        Color = ColorOf(status),
        IsSubtle = IsSubdued(status),
    };
}
