using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PlanBot.Domain.Export;
using PlanBot.Export.Writing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace PlanBot.Export.Sheets;

/// <summary>
/// The 集計 sheet's chart: a horizontal bar per 重点戦略, stacked by status in the palette's colours. Every series
/// refers to the strategy table's cells (name, categories, values), with the values cached so viewers that do not
/// recalculate draw it too; Excel redraws it when a cell changes.
/// </summary>
internal static class SummaryChart
{
    private const uint CategoryAxisId = 48_650_001;
    private const uint ValueAxisId = 48_650_002;

    /// <summary>Puts the chart on the sheet's drawing; returns the drawing's relationship id for the worksheet.</summary>
    public static string Add(WorksheetPart sheet, BoardPaper paper, uint firstRow, uint lastRow, string fontName)
    {
        var drawing = sheet.AddNewPart<DrawingsPart>();
        var chartPart = drawing.AddNewPart<ChartPart>();
        chartPart.ChartSpace = Chart(paper, firstRow, lastRow, fontName);
        chartPart.ChartSpace.Save();

        var height = (int)(lastRow - firstRow) + 18;
        drawing.WorksheetDrawing = new Xdr.WorksheetDrawing(
            new Xdr.TwoCellAnchor(
                Marker<Xdr.FromMarker>(SummarySheet.ChartColumn - 1, (int)SummarySheet.HeaderRow - 1),
                Marker<Xdr.ToMarker>(SummarySheet.ChartColumn + 11, (int)SummarySheet.HeaderRow - 1 + height),
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = 2U, Name = WorkbookTexts.ChartTitle },
                        new Xdr.NonVisualGraphicFrameDrawingProperties()),
                    new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                    new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawing.GetIdOfPart(chartPart) })
                    {
                        Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                    }))
                { Macro = string.Empty },
                new Xdr.ClientData())
            { EditAs = Xdr.EditAsValues.OneCell });
        drawing.WorksheetDrawing.Save();
        return sheet.GetIdOfPart(drawing);
    }

    private static T Marker<T>(int column, int row)
        where T : OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(
            new Xdr.ColumnId(column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }

    private static C.ChartSpace Chart(BoardPaper paper, uint firstRow, uint lastRow, string fontName)
    {
        var sheet = WorkbookTexts.SummarySheet;
        var tallies = paper.Summary.ByStrategy;
        var categories = CellReference.Absolute(sheet, 1, firstRow, 1, lastRow);
        var bars = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Stacked },
            new C.VaryColors { Val = false });
        var statuses = BoardPaperTexts.StatusOrder;
        for (var i = 0; i < statuses.Count; i++)
        {
            var status = statuses[i];
            var column = SummarySheet.FirstStatusColumn + i;
            bars.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                new C.SeriesText(new C.StringReference(
                    new C.Formula(CellReference.AbsoluteCell(sheet, column, SummarySheet.HeaderRow)),
                    StringCache([BoardPaperTexts.StatusLabel(status)]))),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = StatusPalette.Of(status).Chart })),
                new C.InvertIfNegative { Val = false },
                new C.CategoryAxisData(new C.StringReference(
                    new C.Formula(categories),
                    StringCache(tallies.Select(t => t.Label).ToArray()))),
                new C.Values(new C.NumberReference(
                    new C.Formula(CellReference.Absolute(sheet, column, firstRow, column, lastRow)),
                    NumberCache(tallies.Select(t => t.Counts[status]).ToArray())))));
        }

        bars.Append(
            new C.DataLabels(
                // Zero-count segments get no label: the format shows positive numbers only.
                new C.NumberingFormat { FormatCode = "0;;;", SourceLinked = false },
                new C.ShowLegendKey { Val = false },
                new C.ShowValue { Val = true },
                new C.ShowCategoryName { Val = false },
                new C.ShowSeriesName { Val = false },
                new C.ShowPercent { Val = false },
                new C.ShowBubbleSize { Val = false }),
            new C.GapWidth { Val = 60 },
            new C.Overlap { Val = 100 },
            new C.AxisId { Val = CategoryAxisId },
            new C.AxisId { Val = ValueAxisId });

        var plotArea = new C.PlotArea(
            new C.Layout(),
            bars,
            new C.CategoryAxis(
                new C.AxisId { Val = CategoryAxisId },
                // Strategy 1 at the top, as the table reads.
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
                new C.MajorTickMark { Val = C.TickMarkValues.None },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = ValueAxisId },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 },
                new C.NoMultiLevelLabels { Val = false }),
            new C.ValueAxis(
                new C.AxisId { Val = ValueAxisId },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.MajorGridlines(),
                new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                new C.CrossingAxis { Val = CategoryAxisId },
                // With the categories reversed, "max" keeps the value axis at the bottom.
                new C.Crosses { Val = C.CrossesValues.Maximum },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between },
                new C.MajorUnit { Val = MajorUnit(tallies.Max(t => t.Total)) }));

        return new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "ja-JP" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(
                    new C.ChartText(new C.RichText(
                        new A.BodyProperties(),
                        new A.ListStyle(),
                        new A.Paragraph(
                            new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = 1200, Bold = true }),
                            new A.Run(new A.RunProperties { Language = "ja-JP", FontSize = 1200, Bold = true }, new A.Text(WorkbookTexts.ChartTitle))))),
                    new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                plotArea,
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.TextProperties(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(new A.DefaultRunProperties(
                        new A.LatinFont { Typeface = fontName },
                        new A.EastAsianFont { Typeface = fontName })
                    {
                        FontSize = 900,
                    }),
                    new A.EndParagraphRunProperties { Language = "ja-JP" })));
    }

    /// <summary>Whole sub-themes on the value axis: steps of 1 for small counts, coarser for large plans.</summary>
    private static double MajorUnit(int largest) => largest <= 10 ? 1 : largest <= 50 ? 5 : 10;

    private static C.StringCache StringCache(IReadOnlyList<string> values)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(values[i])) { Index = (uint)i });
        }

        return cache;
    }

    private static C.NumberingCache NumberCache(IReadOnlyList<int> values)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            cache.Append(new C.NumericPoint(new C.NumericValue(values[i].ToString(System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)i });
        }

        return cache;
    }
}
