using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using PlanBot.Domain.Export;
using PlanBot.Domain.Progress;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace PlanBot.Export.Tests;

/// <summary>The seed plan's board paper as a workbook, read back with the Open XML SDK.</summary>
public class BoardPaperWorkbookTests
{
    private static readonly BoardPaper AdminPaper = SeedPaper.For(SeedPaper.Admin);

    private static readonly byte[] AdminWorkbook = BoardPaperWorkbook.ToBytes(AdminPaper);

    public static TheoryData<string> Askers => ["admin", "member", "nothing reported"];

    [Theory]
    [MemberData(nameof(Askers))]
    public void Write_AnyPaper_OpensWithoutRepair(string which)
    {
        var bytes = which switch
        {
            "admin" => AdminWorkbook,
            "member" => BoardPaperWorkbook.ToBytes(SeedPaper.For(SeedPaper.Chiiki)),
            _ => BoardPaperWorkbook.ToBytes(SeedPaper.For(SeedPaper.Admin, reports: [])),
        };
        using var workbook = new WorkbookReader(bytes);

        var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(workbook.Document).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Write_Sheets_AreTheFourTheBoardReadsInOrder()
    {
        using var workbook = new WorkbookReader(AdminWorkbook);

        Assert.Equal(["アクションプラン進捗", "集計", "未回答", "履歴"], workbook.SheetNames);
    }

    [Fact]
    public void ProgressSheet_HasEveryInitiativeAndSubThemeRowWithTheStoresValuesAndTheStatusColours()
    {
        using var workbook = new WorkbookReader(AdminWorkbook);
        var rows = workbook.Rows("アクションプラン進捗").Where(r => r.Row > 3).ToArray();
        var bands = rows.Where(r => r.Cells.Count > 0 && workbook.Text(r.Cells.GetValueOrDefault("A")).StartsWith("重点戦略", StringComparison.Ordinal)).ToArray();
        var data = rows.Except(bands).ToArray();

        Assert.Equal(SeedPaper.Plan.Strategies.Count, bands.Length);
        Assert.Equal(SeedPaper.Plan.SubThemes.Count(), data.Length);
        foreach (var (row, (_, cells)) in AdminPaper.Rows.Zip(data))
        {
            Assert.Equal(row.Number, workbook.Text(cells["A"]));
            Assert.Equal(row.InitiativeTitle, workbook.Text(cells["B"]));
            Assert.Equal(row.SubThemeLabel ?? string.Empty, workbook.Text(cells["C"]));
            Assert.Equal(row.StatusLabel, workbook.Text(cells["H"]));
            var (fill, font) = workbook.Colours(cells["H"]);
            if (row.IsCounted)
            {
                Assert.Equal(StatusPalette.Of(row.Status).Fill, fill);
                Assert.Equal(StatusPalette.Of(row.Status).Text, font);
            }
            else
            {
                Assert.Null(fill);
                Assert.Equal(StatusPalette.NotDueText, font);
            }

            if (row.Report is { } report)
            {
                Assert.Equal(report.PercentComplete / 100.0, workbook.Number(cells["I"]), 6);
                Assert.Equal(report.Comment ?? string.Empty, workbook.Text(cells["J"]));
                Assert.Equal(row.ReporterName, workbook.Text(cells["K"]));
                Assert.Equal(report.ReportedAt.ToOffset(TimeSpan.FromHours(9)).Date, DateTime.FromOADate(workbook.Number(cells["L"])));
            }
            else
            {
                Assert.Null(cells["I"].CellValue);
            }

            Assert.Equal(row.Previous!.StatusLabel, workbook.Text(cells["M"]));
            Assert.Equal(row.Trend switch { StatusTrend.Better => "↑", StatusTrend.Worse => "↓", StatusTrend.Changed => "→", _ => "" }, workbook.Text(cells["N"]));
        }
    }

    [Fact]
    public void ProgressSheet_ShowsTheLatestReportOfTheQuarterNotTheFirst()
    {
        using var workbook = new WorkbookReader(AdminWorkbook);
        var first = workbook.Rows("アクションプラン進捗").First(r => r.Row > 4).Cells;

        // Sub-theme 1-1 reported 未着手 first, then its final status with a comment holding markup and a line break.
        Assert.Equal("1", workbook.Text(first["A"]));
        Assert.Equal("コメント0 & <特記>\n二行目", workbook.Text(first["J"]));
        Assert.Equal("未着手", workbook.Text(first["H"]));
        Assert.Equal(0.20, workbook.Number(first["I"]), 6);
    }

    [Fact]
    public void ProgressSheet_StrategyBandsAreMergedAcrossTheTable()
    {
        using var workbook = new WorkbookReader(AdminWorkbook);
        var sheet = workbook.Sheet("アクションプラン進捗");
        var merged = sheet.Elements<MergeCells>().Single().Elements<MergeCell>().Select(m => m.Reference!.Value).ToArray();
        var bandRows = workbook.Rows("アクションプラン進捗")
            .Where(r => r.Cells.TryGetValue("A", out var a) && workbook.Text(a).StartsWith("重点戦略", StringComparison.Ordinal))
            .Select(r => r.Row);

        Assert.Contains("A1:N1", merged);
        Assert.All(bandRows, row => Assert.Contains($"A{row}:N{row}", merged));
        var band = workbook.Rows("アクションプラン進捗").First(r => r.Row == 4).Cells["A"];
        Assert.Equal("重点戦略1. " + SeedPaper.Plan.Strategies[0].Title, workbook.Text(band));
        Assert.Equal(("1F4E78", "FFFFFF"), workbook.Colours(band));
    }

    [Fact]
    public void ProgressSheet_PlanColumnsHoldTheYearsPlanAndKgiItemsOneALine()
    {
        using var workbook = new WorkbookReader(AdminWorkbook);
        var header = workbook.Rows("アクションプラン進捗").Single(r => r.Row == 3).Cells;
        var first = workbook.Rows("アクションプラン進捗").First(r => r.Row > 4).Cells;

        Assert.Equal("2026年度 アクションプラン", workbook.Text(header["F"]));
        Assert.Equal("2026年度 到達目標・KGI", workbook.Text(header["G"]));
        Assert.Equal("前期（2Q）", workbook.Text(header["M"]));
        Assert.Equal(string.Join('\n', AdminPaper.Rows.First().Actions.Select(i => i.ToString())), workbook.Text(first["F"]));
        Assert.StartsWith("◎", workbook.Text(first["G"]), StringComparison.Ordinal);
        Assert.True(workbook.Format(first["F"]).Alignment!.WrapText!.Value);
    }

    [Fact]
    public void SummarySheet_CountsMatchThePaperAndTheChartIsAStackedBarOverItsRanges()
    {
        using var workbook = new WorkbookReader(AdminWorkbook);
        var rows = workbook.Rows("集計").ToDictionary(r => r.Row, r => r.Cells);
        var strategies = AdminPaper.Summary.ByStrategy;
        var last = 3 + strategies.Count;

        Assert.Equal(["重点戦略", "完了", "順調", "要注意", "遅延", "未着手", "中止", "未回答", "合計", "回答率"], rows[3].Values.Select(workbook.Text));
        for (var i = 0; i < strategies.Count; i++)
        {
            var cells = rows[(uint)(4 + i)];
            Assert.Equal(strategies[i].Label, workbook.Text(cells["A"]));
            Assert.Equal(strategies[i].Counts[ProgressStatus.Delayed], (int)workbook.Number(cells["E"]));
            Assert.Equal(strategies[i].Counts[null], (int)workbook.Number(cells["H"]));
            Assert.Equal(strategies[i].Total, (int)workbook.Number(cells["I"]));
        }

        Assert.Equal("合計", workbook.Text(rows[(uint)last + 1]["A"]));
        Assert.Equal(AdminPaper.Summary.Total.AnswerRate!.Value, workbook.Number(rows[(uint)last + 1]["J"]), 6);
        Assert.Contains(rows.Values, r => r.TryGetValue("A", out var a) && workbook.Text(a) == "担当部署");

        var chart = workbook.Part("集計").DrawingsPart!.ChartParts.Single().ChartSpace;
        var bars = chart.Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarDirectionValues.Bar, bars.BarDirection!.Val!.Value);
        Assert.Equal(C.BarGroupingValues.Stacked, bars.BarGrouping!.Val!.Value);
        var series = bars.Elements<C.BarChartSeries>().ToArray();
        Assert.Equal(7, series.Length);
        Assert.Equal("'集計'!$B$3", series[0].SeriesText!.StringReference!.Formula!.Text);
        Assert.Equal($"'集計'!$A$4:$A${last}", series[0].GetFirstChild<C.CategoryAxisData>()!.StringReference!.Formula!.Text);
        Assert.Equal($"'集計'!$B$4:$B${last}", series[0].GetFirstChild<C.Values>()!.NumberReference!.Formula!.Text);
        Assert.Equal($"'集計'!$H$4:$H${last}", series[6].GetFirstChild<C.Values>()!.NumberReference!.Formula!.Text);
        Assert.Equal(StatusPalette.Of(ProgressStatus.Delayed).Chart, series[3].Descendants<DocumentFormat.OpenXml.Drawing.RgbColorModelHex>().Single().Val!.Value);
    }

    [Fact]
    public void EverySheet_IsPrintReady()
    {
        using var workbook = new WorkbookReader(AdminWorkbook);
        var names = workbook.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().ToArray();

        for (var i = 0; i < workbook.SheetNames.Count; i++)
        {
            var name = workbook.SheetNames[i];
            var sheet = workbook.Sheet(name);
            var setup = sheet.Elements<PageSetup>().Single();
            Assert.Equal(8u, setup.PaperSize!.Value);
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            Assert.Equal(1u, setup.FitToWidth!.Value);
            Assert.Equal(0u, setup.FitToHeight!.Value);
            Assert.True(sheet.SheetProperties!.PageSetupProperties!.FitToPage!.Value);
            Assert.Equal(PaneStateValues.Frozen, sheet.Descendants<Pane>().Single().State!.Value);
            Assert.Equal(3, sheet.Descendants<Pane>().Single().VerticalSplit!.Value);
            var footer = sheet.Descendants<OddFooter>().Single().Text;
            Assert.Contains("出力 2026/11/30 14:05 JST", footer, StringComparison.Ordinal);
            Assert.Contains(SeedPaper.Plan.Title, footer, StringComparison.Ordinal);
            Assert.Equal($"'{name}'!$3:$3", names.Single(n => n.Name == "_xlnm.Print_Titles" && n.LocalSheetId?.Value == (uint)i).Text);
        }

        foreach (var name in new[] { "アクションプラン進捗", "未回答", "履歴" })
        {
            Assert.StartsWith("A3:", workbook.Sheet(name).Elements<AutoFilter>().Single().Reference!.Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryFont_IsTheJapaneseFontNamedWithTheJapaneseCharacterSet()
    {
        using var workbook = new WorkbookReader(AdminWorkbook);
        var fonts = workbook.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ToArray();
        var chartFonts = workbook.Part("集計").DrawingsPart!.ChartParts.Single().ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.EastAsianFont>();

        Assert.All(fonts, f => Assert.Equal("游ゴシック", f.FontName!.Val!.Value));
        Assert.All(fonts, f => Assert.Equal(128, f.FontCharSet!.Val!.Value));
        Assert.All(chartFonts, f => Assert.Equal("游ゴシック", f.Typeface!.Value));
    }

    [Fact]
    public void Write_WithMeiryo_NamesMeiryoEverywhere()
    {
        using var workbook = new WorkbookReader(BoardPaperWorkbook.ToBytes(AdminPaper, new BoardPaperWorkbookOptions { FontName = BoardPaperWorkbookOptions.Meiryo }));

        Assert.All(workbook.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>(), f => Assert.Equal("メイリオ", f.FontName!.Val!.Value));
    }

    [Fact]
    public void UnansweredSheet_ListsTheUnansweredOwnersByDepartment()
    {
        using var workbook = new WorkbookReader(AdminWorkbook);
        var rows = workbook.Rows("未回答").Where(r => r.Row > 3).Select(r => r.Cells).ToArray();

        Assert.Equal(AdminPaper.Unanswered.Count, rows.Length);
        Assert.Equal(
            AdminPaper.Unanswered.Select(u => $"{u.Department}|{u.Person?.Name ?? BoardPaperTexts.NoOwner}|{u.Rows.Count}"),
            rows.Select(c => $"{workbook.Text(c["A"])}|{workbook.Text(c["B"])}|{workbook.Text(c["D"])}"));
        Assert.Contains(rows, c => workbook.Text(c["B"]) == "鈴木 花子" && workbook.Text(c["A"]) == "地域共創部");
    }

    [Fact]
    public void HistorySheet_HasEverySubmissionOfTheYearInOrderWithItsStatusColour()
    {
        using var workbook = new WorkbookReader(AdminWorkbook);
        var rows = workbook.Rows("履歴").Where(r => r.Row > 3).Select(r => r.Cells).ToArray();

        Assert.Equal(SeedPaper.Reports.Count, rows.Length);
        Assert.Equal(
            AdminPaper.History.Select(h => $"{h.Row.Number}|{h.Report.Status.ToJapanese()}|{h.ReporterName}"),
            rows.Select(c => $"{workbook.Text(c["C"])}|{workbook.Text(c["G"])}|{workbook.Text(c["J"])}"));
        var firstStatus = rows[0]["G"];
        Assert.Equal(StatusPalette.Of(AdminPaper.History[0].Report.Status).Fill, workbook.Colours(firstStatus).Fill);
    }

    [Fact]
    public void Write_MemberPaper_HoldsOnlyTheirDepartment()
    {
        var paper = SeedPaper.For(SeedPaper.Chiiki);
        using var workbook = new WorkbookReader(BoardPaperWorkbook.ToBytes(paper));
        var dataRows = workbook.Rows("アクションプラン進捗").Where(r => r.Row > 3 && !workbook.Text(r.Cells["A"]).StartsWith("重点戦略", StringComparison.Ordinal)).ToArray();
        var departments = dataRows.Select(r => workbook.Text(r.Cells["D"])).Distinct();
        var historyDepartments = workbook.Rows("履歴").Where(r => r.Row > 3).Select(r => workbook.Text(r.Cells["F"])).Distinct();

        Assert.Equal(["地域共創部"], departments);
        Assert.Equal(["地域共創部"], historyDepartments);
        Assert.Equal(paper.Rows.Count(), dataRows.Length);
        Assert.Contains("さんの担当と地域共創部の項目", workbook.Text(workbook.Rows("アクションプラン進捗")[1].Cells["A"]), StringComparison.Ordinal);
        Assert.DoesNotContain(workbook.Rows("未回答").Where(r => r.Row > 3), r => workbook.Text(r.Cells["A"]) != "地域共創部");
    }

    [Fact]
    public void Write_TextXmlCannotCarry_IsDroppedAndTheWorkbookStaysValid()
    {
        var reports = SeedPaper.Reports.Select((r, i) => i == 0 ? r with { Comment = "制御\u0001文字\u001Fと\uFFFEと孤立\uD800サロゲート\r\n改行" } : r).ToList();
        var plan = SeedPaper.Plan with { Title = "R&D 計画 &P" };
        using var workbook = new WorkbookReader(BoardPaperWorkbook.ToBytes(SeedPaper.For(SeedPaper.Admin, reports, plan)));

        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(workbook.Document));
        var history = workbook.Rows("履歴").Single(r => r.Row == 4).Cells;
        Assert.Equal("制御文字とと孤立サロゲート\n改行", workbook.Text(history["I"]));
        Assert.EndsWith("R&&D 計画 &&P", workbook.Sheet("履歴").Descendants<OddFooter>().Single().Text, StringComparison.Ordinal);
    }
}
