using PlanBot.Domain.Export;
using PlanBot.Export.Writing;

namespace PlanBot.Export.Sheets;

/// <summary>「未回答」: who has not answered for the quarter, by department, and for what.</summary>
internal static class UnansweredSheet
{
    public const uint HeaderRow = 3;

    public static SheetLayout Layout { get; } = new(WorkbookTexts.UnansweredSheet, [14, 16, 30, 6, 80], HeaderRow, FrozenColumns: 2);

    public static void Write(SheetWriter sheet, BoardPaper paper, WorkbookStyles styles)
    {
        Headings.Preamble(sheet, WorkbookTexts.UnansweredTitle(paper), WorkbookTexts.UnansweredInfo(paper), Layout.LastColumn, styles);
        Headings.Write(sheet, WorkbookTexts.UnansweredHeadings, styles);
        if (paper.Unanswered.Count == 0)
        {
            Headings.Nothing(sheet, WorkbookTexts.NobodyUnanswered, styles);
            return;
        }

        foreach (var waiting in paper.Unanswered)
        {
            sheet.StartRow();
            sheet.Text(1, waiting.Department, styles.Text);
            sheet.Text(2, waiting.Person?.Name ?? BoardPaperTexts.NoOwner, styles.Text);
            sheet.Text(3, waiting.Person?.Email, styles.Text);
            sheet.Number(4, waiting.Rows.Count, styles.Integer);
            sheet.Text(5, string.Join('\n', waiting.Rows.Select(Describe)), styles.Text);
        }
    }

    private static string Describe(BoardPaperRow row) =>
        row.SubThemeLabel is { Length: > 0 } label ? $"{row.Number} {row.InitiativeTitle} {label}" : $"{row.Number} {row.InitiativeTitle}";
}
