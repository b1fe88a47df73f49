using PlanBot.Export.Writing;

namespace PlanBot.Export.Sheets;

/// <summary>A table's header row: the row repeated on every printed page, frozen and filtered.</summary>
internal static class Headings
{
    public static void Write(SheetWriter sheet, IReadOnlyList<string> headings, WorkbookStyles styles)
    {
        sheet.StartRow(30);
        for (var i = 0; i < headings.Count; i++)
        {
            sheet.Text(i + 1, headings[i], styles.Header);
        }
    }
}
