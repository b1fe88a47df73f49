using PlanBot.Domain.Calendar;
using PlanBot.Domain.Export;
using PlanBot.Domain.Progress;
using PlanBot.Export.Writing;

namespace PlanBot.Export.Sheets;

/// <summary>「履歴」: every submission of the fiscal year up to the quarter, oldest first, filterable.</summary>
internal static class HistorySheet
{
    public const uint HeaderRow = 3;

    public static SheetLayout Layout { get; } = new(WorkbookTexts.HistorySheet, [16, 10, 6, 30, 24, 11, 8, 7, 50, 12, 26], HeaderRow, FrozenColumns: 1);

    public static void Write(SheetWriter sheet, BoardPaper paper, WorkbookStyles styles)
    {
        Headings.Preamble(sheet, WorkbookTexts.HistoryTitle(paper), WorkbookTexts.HistoryInfo(paper), Layout.LastColumn, styles);
        Headings.Write(sheet, WorkbookTexts.HistoryHeadings, styles);
        if (paper.History.Count == 0)
        {
            Headings.Nothing(sheet, WorkbookTexts.NoSubmissions, styles);
            return;
        }

        foreach (var submission in paper.History)
        {
            var report = submission.Report;
            var row = submission.Row;
            sheet.StartRow();
            sheet.Date(1, JapanTime.ToJapan(report.ReportedAt).DateTime, styles.DateTime);
            sheet.Text(2, WorkbookTexts.QuarterLabel(report.Quarter), styles.Centered);
            sheet.Text(3, row.Number, styles.Centered);
            sheet.Text(4, row.InitiativeTitle, styles.Text);
            sheet.Text(5, row.SubThemeLabel, styles.Text);
            sheet.Text(6, row.Department ?? BoardPaperTexts.NoDepartment, styles.Text);
            sheet.Text(7, report.Status.ToJapanese(), styles.Status(report.Status));
            sheet.Number(8, report.PercentComplete / 100.0, styles.Percent);
            sheet.Text(9, report.Comment, styles.Text);
            sheet.Text(10, submission.ReporterName, styles.Text);
            sheet.Text(11, report.ReporterEmail, styles.Text);
        }
    }
}
