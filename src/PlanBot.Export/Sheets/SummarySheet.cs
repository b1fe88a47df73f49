using PlanBot.Domain.Export;
using PlanBot.Export.Writing;

namespace PlanBot.Export.Sheets;

/// <summary>
/// 「集計」: the counted sub-themes by status per 重点戦略 and per 担当部署 with totals and answer rates, and beside them
/// a native stacked bar chart of the strategy table that refers to its cells, so the board can restyle it in Excel.
/// </summary>
internal static class SummarySheet
{
    public const uint HeaderRow = 3;

    /// <summary>Column of the first status count; the statuses follow in <see cref="BoardPaperTexts.StatusOrder"/>.</summary>
    public const int FirstStatusColumn = 2;

    public static int TotalColumn => FirstStatusColumn + BoardPaperTexts.StatusOrder.Count;

    public static int RateColumn => TotalColumn + 1;

    /// <summary>Where the chart starts: one empty column after the tables.</summary>
    public static int ChartColumn => RateColumn + 2;

    public static SheetLayout Layout { get; } = new(
        WorkbookTexts.SummarySheet,
        [50, .. BoardPaperTexts.StatusOrder.Select(_ => 7.0), 7, 8, 3],
        HeaderRow,
        AutoFilter: false);

    /// <summary>Writes the tables; returns where the strategy table's rows are, for the chart.</summary>
    public static (uint FirstRow, uint LastRow) Write(SheetWriter sheet, BoardPaper paper, WorkbookStyles styles)
    {
        Headings.Preamble(sheet, WorkbookTexts.SummaryTitle(paper), WorkbookTexts.SummaryInfo, RateColumn, styles);

        var strategies = Table(sheet, WorkbookTexts.Strategy, paper.Summary.ByStrategy, paper.Summary.Total, styles);
        sheet.StartRow();
        Table(sheet, WorkbookTexts.Department, paper.Summary.ByDepartment, paper.Summary.Total, styles);
        return strategies;
    }

    private static (uint FirstRow, uint LastRow) Table(
        SheetWriter sheet, string heading, IReadOnlyList<BoardPaperTally> tallies, BoardPaperTally total, WorkbookStyles styles)
    {
        Headings.Write(sheet, [heading, .. BoardPaperTexts.StatusOrder.Select(s => BoardPaperTexts.StatusLabel(s)), WorkbookTexts.Total, WorkbookTexts.AnswerRate], styles);
        var first = sheet.Row + 1;
        foreach (var tally in tallies)
        {
            sheet.StartRow();
            Line(sheet, tally.Label, tally, styles.Text, styles.Integer, styles.Percent);
        }

        var last = sheet.Row;
        sheet.StartRow();
        Line(sheet, WorkbookTexts.Total, total, styles.TotalLabel, styles.TotalInteger, styles.TotalPercent);
        return (first, last);
    }

    private static void Line(SheetWriter sheet, string label, BoardPaperTally tally, uint labelStyle, uint countStyle, uint rateStyle)
    {
        sheet.Text(1, label, labelStyle);
        var column = FirstStatusColumn;
        foreach (var status in BoardPaperTexts.StatusOrder)
        {
            sheet.Number(column++, tally.Counts[status], countStyle);
        }

        sheet.Number(TotalColumn, tally.Total, countStyle);
        if (tally.AnswerRate is { } rate)
        {
            sheet.Number(RateColumn, rate, rateStyle);
        }
        else
        {
            sheet.Blank(RateColumn, rateStyle);
        }
    }
}
