using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PlanBot.Export.Writing;

/// <summary>
/// Writes one worksheet front to back with the SDK's streaming <see cref="OpenXmlWriter"/>, so a sheet of ten thousand
/// rows never exists as a tree of objects: the start (views, frozen pane, columns), rows of cells, then what the schema
/// puts after the data (filter, merged ranges, print settings, footer, the chart's drawing).
/// </summary>
/// <remarks>
/// A row's cells are held until the row ends, so its height can be set from its wrapped text: LibreOffice does not
/// fit rows to their text when it opens a file. The height is not marked custom, so Excel fits it again when the
/// text is edited.
/// </remarks>
internal sealed class SheetWriter : IDisposable
{
    /// <summary>A3 in SpreadsheetML's paper size numbering.</summary>
    private const uint PaperSizeA3 = 8;

    private readonly OpenXmlWriter _writer;
    private readonly SharedStrings _strings;
    private readonly WorkbookStyles _styles;
    private readonly List<string> _merges = [];
    private readonly List<PendingCell> _cells = [];

    // Start tags are written from these (only their names are read), so a cell costs no element objects.
    private readonly Cell _cellTag = new();
    private readonly CellValue _valueTag = new();
    private readonly List<OpenXmlAttribute> _cellAttributes = new(3);
    private bool _inRow;
    private double? _height;
    private int _lines;

    public SheetWriter(WorksheetPart part, SharedStrings strings, WorkbookStyles styles, SheetLayout layout)
    {
        _writer = OpenXmlWriter.Create(part);
        _strings = strings;
        _styles = styles;
        Layout = layout;
        _writer.WriteStartElement(new Worksheet(), [], [new KeyValuePair<string, string>("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")]);
        _writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        _writer.WriteElement(new SheetViews(View(layout)));
        _writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15.75 });
        _writer.WriteElement(new Columns(layout.ColumnWidths.Select((width, i) => new Column
        {
            Min = (uint)i + 1,
            Max = (uint)i + 1,
            Width = width,
            CustomWidth = true,
        })));
        _writer.WriteStartElement(new SheetData());
    }

    public SheetLayout Layout { get; }

    /// <summary>The row being written (1-based); 0 before the first.</summary>
    public uint Row { get; private set; }

    /// <param name="height">A fixed height in points (titles, headings); without it the row fits its wrapped text.</param>
    public void StartRow(double? height = null)
    {
        EndRow();
        Row++;
        _inRow = true;
        _height = height;
        _lines = 1;
    }

    public void EndRow()
    {
        if (!_inRow)
        {
            return;
        }

        var attributes = new List<OpenXmlAttribute> { new("r", "", Row.ToString(CultureInfo.InvariantCulture)) };
        if (_height is { } fixedHeight)
        {
            attributes.Add(new("ht", "", fixedHeight.ToString(CultureInfo.InvariantCulture)));
            attributes.Add(new("customHeight", "", "1"));
        }
        else if (_lines > 1)
        {
            attributes.Add(new("ht", "", TextHeight.Of(_lines).ToString(CultureInfo.InvariantCulture)));
        }

        _writer.WriteStartElement(new Row(), attributes);
        foreach (var cell in _cells)
        {
            WriteCell(cell);
        }

        _writer.WriteEndElement();
        _cells.Clear();
        _inRow = false;
    }

    /// <summary>A text cell; null or empty text leaves the cell blank but styled (borders, fill).</summary>
    public void Text(int column, string? text, uint style)
    {
        if (string.IsNullOrEmpty(text))
        {
            Blank(column, style);
            return;
        }

        if (_height is null && _styles.Wraps(style) && column <= Layout.ColumnWidths.Count)
        {
            _lines = Math.Max(_lines, TextHeight.Lines(text, Layout.ColumnWidths[column - 1]));
        }

        _cells.Add(new PendingCell(column, style, IsText: true, _strings.Add(text).ToString(CultureInfo.InvariantCulture)));
    }

    public void Number(int column, double value, uint style) =>
        _cells.Add(new PendingCell(column, style, IsText: false, value.ToString("R", CultureInfo.InvariantCulture)));

    /// <summary>A date and time as Excel's serial number (days since 1899-12-30), shown by the style's format.</summary>
    public void Date(int column, DateTime value, uint style) => Number(column, value.ToOADate(), style);

    public void Blank(int column, uint style) => _cells.Add(new PendingCell(column, style, IsText: false, null));

    /// <summary>Merges columns of the current row into one cell (a title or a band).</summary>
    public void Merge(int firstColumn, int lastColumn) => _merges.Add(CellReference.Range(firstColumn, Row, lastColumn, Row));

    /// <summary>The filter's range: the header row to the last written row, over every column.</summary>
    public string FilterRange => CellReference.Range(1, Layout.HeaderRow, Layout.LastColumn, Math.Max(Row, Layout.HeaderRow));

    /// <summary>
    /// Ends the sheet: the filter over the header row and below, the merged ranges, print settings (A3 landscape, one
    /// page wide, as long as it takes), the footer, and the drawing holding a chart when there is one.
    /// </summary>
    public void Finish(string footer, string? drawingRelationshipId = null)
    {
        EndRow();
        _writer.WriteEndElement(); // sheetData
        if (Layout.AutoFilter)
        {
            _writer.WriteElement(new AutoFilter { Reference = FilterRange });
        }

        if (_merges.Count > 0)
        {
            _writer.WriteElement(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merges.Count });
        }

        _writer.WriteElement(new PrintOptions { HorizontalCentered = true });
        _writer.WriteElement(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        _writer.WriteElement(new PageSetup
        {
            PaperSize = PaperSizeA3,
            Orientation = OrientationValues.Landscape,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        _writer.WriteElement(new HeaderFooter(new OddFooter(footer)));
        if (drawingRelationshipId is not null)
        {
            _writer.WriteElement(new Drawing { Id = drawingRelationshipId });
        }

        _writer.WriteEndElement(); // worksheet
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>&lt;c r="B7" s="3" t="s"&gt;&lt;v&gt;12&lt;/v&gt;&lt;/c&gt;, written as tags and text.</summary>
    private void WriteCell(PendingCell cell)
    {
        _cellAttributes.Clear();
        _cellAttributes.Add(new("r", "", CellReference.Cell(cell.Column, Row)));
        _cellAttributes.Add(new("s", "", cell.Style.ToString(CultureInfo.InvariantCulture)));
        if (cell.IsText)
        {
            _cellAttributes.Add(new("t", "", "s"));
        }

        _writer.WriteStartElement(_cellTag, _cellAttributes);
        if (cell.Value is not null)
        {
            _writer.WriteStartElement(_valueTag);
            _writer.WriteString(cell.Value);
            _writer.WriteEndElement();
        }

        _writer.WriteEndElement();
    }

    /// <summary>A cell held until its row ends: a shared string's index or a number, as written in &lt;v&gt;; null for a blank.</summary>
    private readonly record struct PendingCell(int Column, uint Style, bool IsText, string? Value);

    /// <summary>The sheet opens with the rows above the data and the first columns frozen, the first data cell selected.</summary>
    private static SheetView View(SheetLayout layout)
    {
        var topLeft = CellReference.Cell(layout.FrozenColumns + 1, layout.HeaderRow + 1);
        var pane = layout.FrozenColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft;
        var paneElement = new Pane
        {
            VerticalSplit = layout.HeaderRow,
            TopLeftCell = topLeft,
            ActivePane = pane,
            State = PaneStateValues.Frozen,
        };
        if (layout.FrozenColumns > 0)
        {
            paneElement.HorizontalSplit = layout.FrozenColumns;
        }

        return new SheetView(paneElement, new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        {
            WorkbookViewId = 0,
        };
    }
}
