using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Cli;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cli;

/// <summary>
/// <c>export</c> against a real SQLite store holding the seed plan, a roster and 2026Q3 reports, on 2026-11-30 (JST);
/// the workbook is read back with the Open XML SDK.
/// </summary>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly FiscalQuarter Q3 = new(2026, 3);
    private readonly TempPlanStore _store = new();
    private readonly DirectoryInfo _caller = Directory.CreateTempSubdirectory("planbot-export-caller-");

    [Fact]
    public async Task Export_WithoutOut_WritesTheNamedWorkbookInTheCallersFolderWithTheStoresValuesAndColours()
    {
        await SeedAsync();

        var (exitCode, output, error) = await RunAsync("export", "--quarter", "2026Q3");

        var path = Path.Combine(_caller.FullName, "アクションプラン進捗_2026年度第3四半期.xlsx");
        Assert.True(exitCode == 0, error);
        Assert.StartsWith($"Wrote {path}: 2026Q3 board paper (whole plan), ", output, StringComparison.Ordinal);
        Assert.Equal([Path.GetFileName(path)], _caller.GetFiles().Select(f => f.Name));
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document));
        var rows = ProgressRows(document);
        Assert.Equal(("遅延", "FFC7CE", "0.3", "採択待ち"), rows["3"]);
        Assert.Equal(("順調", "DDEBF7", "0.7", ""), rows["1"]);
        Assert.Equal(("遅延", "FFC7CE", "0.1", "商談延期"), rows["4"]);
        Assert.Equal("未回答", rows["2"].Status);
        Assert.Equal(35, rows.Count);
    }

    [Fact]
    public async Task Export_WithoutAQuarter_TakesTheOpenRound()
    {
        await SeedAsync();

        var (exitCode, output, _) = await RunAsync("export");

        Assert.Equal(0, exitCode);
        Assert.Contains("2026Q3 board paper", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_AsAMember_HoldsOnlyTheirDepartment()
    {
        await SeedAsync();

        var (exitCode, output, _) = await RunAsync("export", "--quarter", "2026Q3", "--as", "taro.sato@example.com", "--out", "mine.xlsx");

        Assert.Equal(0, exitCode);
        Assert.Contains("(as taro.sato@example.com)", output, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(Path.Combine(_caller.FullName, "mine.xlsx"), isEditable: false);
        var rows = ProgressRows(document);
        Assert.Contains("3", rows.Keys);
        Assert.DoesNotContain("4", rows.Keys);
    }

    [Fact]
    public async Task Export_OutIsAFolder_WritesTheDefaultNameInIt()
    {
        await SeedAsync();
        var folder = _caller.CreateSubdirectory("board");

        var (exitCode, _, _) = await RunAsync("export", "--quarter", "2026Q2", "--out", "board", "--font", "メイリオ");

        Assert.Equal(0, exitCode);
        using var document = SpreadsheetDocument.Open(Path.Combine(folder.FullName, "アクションプラン進捗_2026年度第2四半期.xlsx"), isEditable: false);
        Assert.Equal("メイリオ", document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().First().FontName!.Val!.Value);
    }

    [Theory]
    [InlineData("3Q", "not a fiscal quarter")]
    [InlineData("2099Q1", "2099Q1 has not started yet (today is in 2026Q3, Japan time)")]
    [InlineData("2023Q4", "The plan covers FY2024–FY2026; 2023Q4 is outside it")]
    public async Task Export_QuarterItCannotExport_ExitsWith2AndWritesNothing(string quarter, string reason)
    {
        await SeedAsync();

        var (exitCode, _, error) = await RunAsync("export", "--quarter", quarter);

        Assert.Equal(ExportCommand.InvalidInput, exitCode);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Empty(_caller.GetFiles());
    }

    [Fact]
    public async Task Export_SomeoneNotOnTheRoster_ExitsWith2()
    {
        await SeedAsync();

        var (exitCode, _, error) = await RunAsync("export", "--as", "nobody@example.com");

        Assert.Equal(ExportCommand.InvalidInput, exitCode);
        Assert.Contains("not on the roster", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_BeforeAnyImport_SaysToImportFirst()
    {
        var (exitCode, _, error) = await RunAsync("export", "--quarter", "2026Q3");

        Assert.Equal(ExportCommand.InvalidInput, exitCode);
        Assert.Contains("run 'import' first", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IntoAFolderThatDoesNotExist_ExitsWith1AndSaysWhere()
    {
        await SeedAsync();

        var (exitCode, _, error) = await RunAsync("export", "--out", "missing/board.xlsx");

        Assert.Equal(ExportCommand.CannotWrite, exitCode);
        Assert.Contains($"Cannot write {Path.Combine(_caller.FullName, "missing", "board.xlsx")}", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _store.Dispose();
        _caller.Delete(recursive: true);
    }

    /// <summary>Rows of the progress sheet by number: status text, its fill, progress as stored, comment.</summary>
    private static Dictionary<string, (string Status, string? Fill, string Percent, string Comment)> ProgressRows(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray();
        var sheet = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "アクションプラン進捗").Id!);
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        string Text(Cell? c) => c?.CellValue is null ? "" : c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)] : c.CellValue.Text;
        string? Fill(Cell c)
        {
            var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)c.StyleIndex!.Value);
            var fill = stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value).PatternFill!;
            return fill.PatternType?.Value == PatternValues.Solid ? fill.ForegroundColor!.Rgb!.Value![2..] : null;
        }

        return sheet.Worksheet.Descendants<Row>()
            .Where(r => r.RowIndex! > 3)
            .Select(r => r.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray())))
            .Where(c => !Text(c["A"]).StartsWith("重点戦略", StringComparison.Ordinal))
            .ToDictionary(c => Text(c["A"]), c => (Text(c["H"]), Fill(c["H"]), Text(c["I"]), Text(c["J"])));
    }

    private async Task SeedAsync()
    {
        Assert.Equal(0, (await RunAsync("import")).ExitCode);
        using var host = _store.OpenReader();
        await host.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync(
            [
                new Person("佐藤 太郎", "taro.sato@example.com", null, "産業振興部", PersonRole.Member),
                new Person("鈴木 一郎", "ichiro.suzuki@example.com", null, "地域共創部", PersonRole.Member),
            ],
            CancellationToken.None);
        var progress = host.Services.GetRequiredService<IProgressStore>();
        var at = new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);
        await progress.AppendAsync(new ProgressReport("3-1", Q3, ProgressStatus.OnTrack, 20, null, "taro.sato@example.com", at.AddDays(-5)), CancellationToken.None);
        await progress.AppendAsync(new ProgressReport("3-1", Q3, ProgressStatus.Delayed, 30, "採択待ち", "taro.sato@example.com", at), CancellationToken.None);
        await progress.AppendAsync(new ProgressReport("4-1", Q3, ProgressStatus.Delayed, 10, "商談延期", "ichiro.suzuki@example.com", at), CancellationToken.None);
        await progress.AppendAsync(new ProgressReport("1-1", Q3, ProgressStatus.OnTrack, 70, null, "taro.sato@example.com", at), CancellationToken.None);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await PlanBotCli.RunAsync(args, output, error, b =>
        {
            _store.Configure(b.Configuration);
            b.Services.AddSingleton(new CallerDirectory(_caller.FullName));
            b.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 5, 0, 0, TimeSpan.Zero)));
        });
        return (exitCode, output.ToString(), error.ToString());
    }
}
