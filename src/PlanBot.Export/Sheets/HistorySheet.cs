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
        sheet.StartRow(24);
        sheet.Text(1, WorkbookTexts.HistoryTitle(paper), styles.Title);
        sheet.Merge(1, Layout.LastColumn);
        sheet.StartRow(18);
        sheet.Text(1, WorkbookTexts.HistoryInfo(paper), styles.Info);
        sheet.Merge(1, Layout.LastColumn);
        Headings.Write(sheet, WorkbookTexts.HistoryHeadings, styles);
        if (paper.History.Count == 0)
        {
            sheet.StartRow();
            sheet.Text(1, WorkbookTexts.NoSubmissions, styles.Text);
            sheet.Merge(1, Layout.LastColumn);
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
