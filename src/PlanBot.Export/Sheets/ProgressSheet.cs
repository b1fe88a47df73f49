using PlanBot.Domain.Export;
using PlanBot.Export.Writing;

namespace PlanBot.Export.Sheets;

/// <summary>
/// 「アクションプラン進捗」: the plan table as the document lays it out — a merged band per 重点戦略, then a row per
/// initiative (or sub-theme, when it splits) with its plan and KGI — and the quarter's status, progress, comment,
/// reporter and date, with the previous quarter's status and an arrow where it moved. Each row names its initiative,
/// so a filtered row still says what it is.
/// </summary>
internal static class ProgressSheet
{
    public const int Number = 1;
    public const int Title = 2;
    public const int SubTheme = 3;
    public const int Department = 4;
    public const int Owners = 5;
    public const int Actions = 6;
    public const int Kgi = 7;
    public const int Status = 8;
    public const int Percent = 9;
    public const int Comment = 10;
    public const int Reporter = 11;
    public const int ReportedOn = 12;
    public const int Previous = 13;
    public const int Trend = 14;

    public const uint HeaderRow = 3;

    public static SheetLayout Layout { get; } = new(
        WorkbookTexts.ProgressSheet,
        [6, 28, 22, 11, 16, 50, 36, 8, 7, 36, 11, 11, 9, 5],
        HeaderRow,
        FrozenColumns: 2);

    public static void Write(SheetWriter sheet, BoardPaper paper, WorkbookStyles styles)
    {
        Headings.Preamble(sheet, WorkbookTexts.ProgressTitle(paper), WorkbookTexts.ProgressInfo(paper), Layout.LastColumn, styles);
        Headings.Write(sheet, WorkbookTexts.ProgressHeadings(paper), styles);

        foreach (var strategy in paper.Strategies)
        {
            sheet.StartRow(20);
            sheet.Text(1, WorkbookTexts.StrategyBand(strategy), styles.Band);
            for (var column = 2; column <= Layout.LastColumn; column++)
            {
                sheet.Blank(column, styles.Band);
            }

            sheet.Merge(1, Layout.LastColumn);
            foreach (var row in strategy.Rows)
            {
                WriteRow(sheet, row, styles);
            }
        }
    }

    private static void WriteRow(SheetWriter sheet, BoardPaperRow row, WorkbookStyles styles)
    {
        sheet.StartRow();
        sheet.Text(Number, row.Number, styles.Centered);
        sheet.Text(Title, row.InitiativeTitle, styles.Text);
        sheet.Text(SubTheme, row.SubThemeLabel, styles.Text);
        sheet.Text(Department, row.Department ?? BoardPaperTexts.NoDepartment, styles.Text);
        sheet.Text(Owners, WorkbookTexts.Owners(row.Owners), styles.Text);
        sheet.Text(Actions, WorkbookTexts.Items(row.Actions), styles.Text);
        sheet.Text(Kgi, WorkbookTexts.Items(row.Kgi), styles.Text);
        sheet.Text(Status, row.StatusLabel, styles.Status(row.Status, row.IsDue));
        if (row.Report is { } report)
        {
            sheet.Number(Percent, report.PercentComplete / 100.0, styles.Percent);
            sheet.Text(Comment, report.Comment, styles.Text);
            sheet.Text(Reporter, row.ReporterName, styles.Text);
            sheet.Date(ReportedOn, Domain.Calendar.JapanTime.ToJapan(report.ReportedAt).Date, styles.Date);
        }
        else
        {
            sheet.Blank(Percent, styles.Percent);
            sheet.Blank(Comment, styles.Text);
            sheet.Blank(Reporter, styles.Text);
            sheet.Blank(ReportedOn, styles.Date);
        }

        if (row.Previous is { } previous)
        {
            sheet.Text(Previous, previous.StatusLabel, styles.Status(previous.Status, previous.IsDue));
        }
        else
        {
            sheet.Blank(Previous, styles.Centered);
        }

        sheet.Text(Trend, WorkbookTexts.Arrow(row.Trend), styles.Trend(row.Trend));
    }
}
