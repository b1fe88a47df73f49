using PlanBot.Export.Writing;

namespace PlanBot.Export.Sheets;

/// <summary>What every sheet starts with: a title row and an info row, each merged across the sheet, then the table's header row.</summary>
internal static class Headings
{
    public static void Preamble(SheetWriter sheet, string title, string info, int lastColumn, WorkbookStyles styles)
    {
        sheet.StartRow(24);
        sheet.Text(1, title, styles.Title);
        sheet.Merge(1, lastColumn);
        sheet.StartRow(18);
        sheet.Text(1, info, styles.Info);
        sheet.Merge(1, lastColumn);
    }

    /// <summary>The header row: the row repeated on every printed page, frozen and filtered.</summary>
    public static void Write(SheetWriter sheet, IReadOnlyList<string> headings, WorkbookStyles styles)
    {
        sheet.StartRow(30);
        for (var i = 0; i < headings.Count; i++)
        {
            sheet.Text(i + 1, headings[i], styles.Header);
        }
    }

    /// <summary>A table with no rows says so in one merged row.</summary>
    public static void Nothing(SheetWriter sheet, string text, WorkbookStyles styles)
    {
        sheet.StartRow();
        sheet.Text(1, text, styles.Text);
        sheet.Merge(1, sheet.Layout.LastColumn);
    }
}
