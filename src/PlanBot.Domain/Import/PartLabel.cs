using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Import;

/// <summary>
/// The heading that names a sub-theme: an unmarked first item of a row's first plan cell written as "①域外企業の…"
/// or "【木材サプライチェーン構築】". The heading becomes the sub-theme's label instead of an item.
/// </summary>
internal static class PartLabel
{
    public static bool IsLabelStart(char c) => IsCircledNumber(c) || c == '【';

    /// <summary>Unmarked items starting with ①…⑳ in the cell.</summary>
    public static int CountLabels(IReadOnlyList<PlanItem> items) =>
        items.Count(i => i.Marker == PlanItemMarker.None && i.Text.Length > 0 && IsCircledNumber(i.Text[0]));

    /// <summary>
    /// Removes and returns the cell's heading, or returns null. A cell listing several ①②… headings is not one
    /// sub-theme's heading (they are items of the cell), so it is left alone.
    /// </summary>
    public static string? Take(List<PlanItem> firstCell)
    {
        if (firstCell.Count == 0 || firstCell[0] is not { Marker: PlanItemMarker.None, Depth: 0, Text: var text } || text.Length == 0)
        {
            return null;
        }

        var bracketed = text[0] == '【' && text.EndsWith('】');
        var numbered = IsCircledNumber(text[0]) && CountLabels(firstCell) == 1;
        if (!bracketed && !numbered)
        {
            return null;
        }

        firstCell.RemoveAt(0);

        // Items that hung under the heading now open the cell.
        for (var i = 0; i < firstCell.Count && firstCell[i].Depth > 0; i++)
        {
            firstCell[i] = firstCell[i] with { Depth = firstCell[i].Depth - 1 };
        }

        return text;
    }

    private static bool IsCircledNumber(char c) => c is >= '\u2460' and <= '\u2473';
}
