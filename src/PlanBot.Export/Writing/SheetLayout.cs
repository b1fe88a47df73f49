namespace PlanBot.Export.Writing;

/// <summary>
/// How a sheet is laid out and printed: its column widths (in characters), the header row that is repeated on every
/// printed page, frozen and filtered, and how many columns stay in view when scrolling right.
/// </summary>
internal sealed record SheetLayout(string Name, IReadOnlyList<double> ColumnWidths, uint HeaderRow, int FrozenColumns = 0, bool AutoFilter = true)
{
    public int LastColumn => ColumnWidths.Count;
}
