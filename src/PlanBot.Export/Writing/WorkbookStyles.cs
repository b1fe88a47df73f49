using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PlanBot.Domain.Export;
using PlanBot.Domain.Progress;

namespace PlanBot.Export.Writing;

/// <summary>
/// Every cell format the workbook uses, made once per workbook: each named format here is an index into the
/// stylesheet's cell formats, so a cell carries a number, not a style of its own.
/// </summary>
/// <remarks>
/// Fonts: every font record names <see cref="BoardPaperWorkbookOptions.FontName"/> with the Japanese character set
/// (Shift-JIS, 128) and the sans-serif family, so an application without that font picks a Japanese sans-serif one
/// rather than a Latin font without kana (see the project README).
/// </remarks>
internal sealed class WorkbookStyles
{
    private const uint DateFormatId = 164;
    private const uint DateTimeFormatId = 165;
    private const uint PercentFormatId = 9;
    private const uint IntegerFormatId = 1;

    private readonly List<Font> _fonts = [];
    private readonly List<Fill> _fills = [];
    private readonly List<CellFormat> _formats = [];
    private readonly Dictionary<string, uint> _fontIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, uint> _fillIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<(ProgressStatus?, bool), uint> _status = [];
    private readonly string _fontName;

    public WorkbookStyles(string fontName)
    {
        _fontName = fontName;
        _fills.Add(new Fill(new PatternFill { PatternType = PatternValues.None }));
        _fills.Add(new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        _fillIndex[""] = 0;
        Font(); // 0: the workbook's default font (the Normal style)
        _formats.Add(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 });

        Title = Add(Font(bold: true, size: 14), alignment: Align(wrap: false, vertical: VerticalAlignmentValues.Center), border: false);
        Info = Add(Font(size: 9, color: "404040"), alignment: Align(wrap: false, vertical: VerticalAlignmentValues.Center), border: false);
        Header = Add(Font(bold: true), Fill("D9E1F2"), Align(horizontal: HorizontalAlignmentValues.Center, vertical: VerticalAlignmentValues.Center));
        Band = Add(Font(bold: true, color: "FFFFFF"), Fill("1F4E78"), Align(wrap: false, vertical: VerticalAlignmentValues.Center));
        Text = Add(Font(), alignment: Align());
        Centered = Add(Font(), alignment: Align(horizontal: HorizontalAlignmentValues.Center));
        Bold = Add(Font(bold: true), alignment: Align());
        Percent = Add(Font(), alignment: Align(horizontal: HorizontalAlignmentValues.Right), numberFormat: PercentFormatId);
        Integer = Add(Font(), alignment: Align(horizontal: HorizontalAlignmentValues.Right), numberFormat: IntegerFormatId);
        TotalLabel = Add(Font(bold: true), Fill("F2F2F2"), Align());
        TotalInteger = Add(Font(bold: true), Fill("F2F2F2"), Align(horizontal: HorizontalAlignmentValues.Right), numberFormat: IntegerFormatId);
        TotalPercent = Add(Font(bold: true), Fill("F2F2F2"), Align(horizontal: HorizontalAlignmentValues.Right), numberFormat: PercentFormatId);
        Date = Add(Font(), alignment: Align(horizontal: HorizontalAlignmentValues.Center), numberFormat: DateFormatId);
        DateTime = Add(Font(), alignment: Align(horizontal: HorizontalAlignmentValues.Center), numberFormat: DateTimeFormatId);
        Better = Add(Font(bold: true, color: "006100"), alignment: Align(horizontal: HorizontalAlignmentValues.Center));
        Worse = Add(Font(bold: true, color: "C00000"), alignment: Align(horizontal: HorizontalAlignmentValues.Center));
        Changed = Add(Font(color: "595959"), alignment: Align(horizontal: HorizontalAlignmentValues.Center));
        foreach (var status in BoardPaperTexts.StatusOrder)
        {
            var (fill, text, _) = StatusPalette.Of(status);
            _status[(status, true)] = Add(Font(bold: true, color: text), Fill(fill), Align(horizontal: HorizontalAlignmentValues.Center));
        }

        _status[(null, false)] = Add(Font(color: StatusPalette.NotDueText), alignment: Align(horizontal: HorizontalAlignmentValues.Center));
    }

    public uint Title { get; }

    public uint Info { get; }

    public uint Header { get; }

    /// <summary>A 重点戦略 band row.</summary>
    public uint Band { get; }

    /// <summary>Wrapped text, top-aligned, bordered: the body of every table.</summary>
    public uint Text { get; }

    public uint Centered { get; }

    public uint Bold { get; }

    public uint Percent { get; }

    public uint Integer { get; }

    public uint TotalLabel { get; }

    public uint TotalInteger { get; }

    public uint TotalPercent { get; }

    /// <summary>yyyy/mm/dd.</summary>
    public uint Date { get; }

    /// <summary>yyyy/mm/dd hh:mm.</summary>
    public uint DateTime { get; }

    public uint Better { get; }

    public uint Worse { get; }

    public uint Changed { get; }

    /// <summary>The coloured cell of a status (null: 未回答 when due, 対象外 when not).</summary>
    public uint Status(ProgressStatus? status, bool isDue = true) => _status[(status, status is not null || isDue)];

    public uint Trend(StatusTrend trend) => trend switch
    {
        StatusTrend.Better => Better,
        StatusTrend.Worse => Worse,
        _ => Changed,
    };

    /// <summary>Whether text in this format wraps (and so makes its row taller).</summary>
    public bool Wraps(uint style) => _formats[(int)style].Alignment?.WrapText?.Value == true;

    public void WriteTo(WorkbookPart workbook)
    {
        var part = workbook.AddNewPart<WorkbookStylesPart>();
        part.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy/mm/dd" },
                new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = "yyyy/mm/dd hh:mm" })
            { Count = 2 },
            new Fonts(_fonts) { Count = (uint)_fonts.Count },
            new Fills(_fills) { Count = (uint)_fills.Count },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder()))
            { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(_formats) { Count = (uint)_formats.Count },
            new CellStyles(new CellStyle { Name = "標準", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        part.Stylesheet.Save();
    }

    private static T Side<T>()
        where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };

    private uint Add(uint font, uint fill = 0, Alignment? alignment = null, uint numberFormat = 0, bool border = true)
    {
        _formats.Add(new CellFormat
        {
            FontId = font,
            FillId = fill,
            BorderId = border ? 1u : 0u,
            NumberFormatId = numberFormat,
            FormatId = 0,
            ApplyFont = true,
            ApplyFill = fill != 0,
            ApplyBorder = border,
            ApplyNumberFormat = numberFormat != 0,
            ApplyAlignment = alignment is not null,
            Alignment = alignment,
        });
        return (uint)_formats.Count - 1;
    }

    private static Alignment Align(HorizontalAlignmentValues? horizontal = null, VerticalAlignmentValues? vertical = null, bool wrap = true) => new()
    {
        Horizontal = horizontal,
        Vertical = vertical ?? VerticalAlignmentValues.Top,
        WrapText = wrap,
    };

    private uint Font(bool bold = false, double size = 10, string? color = null)
    {
        var key = $"{bold}|{size}|{color}";
        if (_fontIndex.TryGetValue(key, out var index))
        {
            return index;
        }

        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(color is null ? new Color { Theme = 1 } : new Color { Rgb = "FF" + color });
        font.Append(new FontName { Val = _fontName });
        font.Append(new FontFamilyNumbering { Val = 2 });
        font.Append(new FontCharSet { Val = 128 });
        _fonts.Add(font);
        return _fontIndex[key] = (uint)_fonts.Count - 1;
    }

    private uint Fill(string rgb)
    {
        if (_fillIndex.TryGetValue(rgb, out var index))
        {
            return index;
        }

        _fills.Add(new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
        return _fillIndex[rgb] = (uint)_fills.Count - 1;
    }
}
