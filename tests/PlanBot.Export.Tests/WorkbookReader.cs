using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanBot.Export.Tests;

/// <summary>Reads a workbook back with the Open XML SDK: sheets by name, cell text (shared strings resolved), a cell's colours.</summary>
internal sealed class WorkbookReader : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly IReadOnlyList<string> _strings;

    public WorkbookReader(byte[] bytes)
    {
        _stream = new MemoryStream(bytes, writable: false);
        Document = SpreadsheetDocument.Open(_stream, isEditable: false);
        _strings = WorkbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
    }

    public SpreadsheetDocument Document { get; }

    public WorkbookPart WorkbookPart => Document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToArray();

    public WorksheetPart Part(string sheet) =>
        (WorksheetPart)WorkbookPart.GetPartById(WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!);

    public Worksheet Sheet(string sheet) => Part(sheet).Worksheet;

    /// <summary>Each row's cells by column letter, text as shown (shared strings resolved, numbers as stored).</summary>
    public IReadOnlyList<(uint Row, IReadOnlyDictionary<string, Cell> Cells)> Rows(string sheet) =>
        Sheet(sheet).GetFirstChild<SheetData>()!.Elements<Row>()
            .Select(r => (r.RowIndex!.Value, (IReadOnlyDictionary<string, Cell>)r.Elements<Cell>().ToDictionary(c => Column(c.CellReference!.Value!))))
            .ToArray();

    public string Text(Cell? cell) => cell?.CellValue is null
        ? string.Empty
        : cell.DataType?.Value == CellValues.SharedString ? _strings[int.Parse(cell.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture)] : cell.CellValue.Text;

    public double Number(Cell cell) => double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);

    public CellFormat Format(Cell cell) =>
        WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    /// <summary>The cell's solid fill colour (RRGGBB) or null, and its font colour (RRGGBB) or null.</summary>
    public (string? Fill, string? Font) Colours(Cell cell)
    {
        var format = Format(cell);
        var stylesheet = WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var fill = stylesheet.Fills!.Elements<Fill>().ElementAt((int)format.FillId!.Value).PatternFill;
        var font = stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
        return (fill?.PatternType?.Value == PatternValues.Solid ? fill.ForegroundColor!.Rgb!.Value![2..] : null, font.Color?.Rgb?.Value?[2..]);
    }

    public Font FontOf(Cell cell) =>
        WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)Format(cell).FontId!.Value);

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }

    private static string Column(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());
}
