using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PlanBot.Domain.Export;
using PlanBot.Export.Sheets;
using PlanBot.Export.Writing;

namespace PlanBot.Export;

/// <summary>
/// Draws a <see cref="BoardPaper"/> as an .xlsx workbook with Microsoft's Open XML SDK: 「アクションプラン進捗」「集計」
/// (with its chart)「未回答」「履歴」, print-ready (A3 landscape, one page wide, header rows on every page).
/// </summary>
public static class BoardPaperWorkbook
{

    /// <summary>Writes the workbook to <paramref name="output"/>, which must be writable and seekable (a file or memory).</summary>
    public static void Write(BoardPaper paper, Stream output, BoardPaperWorkbookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(output);
        options ??= BoardPaperWorkbookOptions.Default;

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = WorkbookTexts.ProgressTitle(paper);
        document.PackageProperties.Creator = "PlanBot";
        document.PackageProperties.Created = paper.ExportedAt.UtcDateTime;
        var workbookPart = document.AddWorkbookPart();
        var styles = new WorkbookStyles(options.FontName);
        var strings = new SharedStrings();
        var sheets = new List<(SheetLayout Layout, string PartId)>();

        string Sheet(SheetLayout layout, Func<WorksheetPart, SheetWriter, string?> write)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            using var writer = new SheetWriter(part, strings, styles, layout);
            var drawing = write(part, writer);
            writer.Finish(WorkbookTexts.Footer(paper), drawing);
            sheets.Add((layout, workbookPart.GetIdOfPart(part)));
            return writer.FilterRange;
        }

        var filters = new Dictionary<int, string>
        {
            [0] = Sheet(ProgressSheet.Layout, (_, w) => { ProgressSheet.Write(w, paper, styles); return null; }),
        };
        Sheet(SummarySheet.Layout, (part, w) =>
        {
            var (first, last) = SummarySheet.Write(w, paper, styles);
            return SummaryChart.Add(part, paper, first, last, options.FontName);
        });
        filters[2] = Sheet(UnansweredSheet.Layout, (_, w) => { UnansweredSheet.Write(w, paper, styles); return null; });
        filters[3] = Sheet(HistorySheet.Layout, (_, w) => { HistorySheet.Write(w, paper, styles); return null; });

        styles.WriteTo(workbookPart);
        strings.WriteTo(workbookPart);
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            new DocumentFormat.OpenXml.Spreadsheet.Sheets(sheets.Select((s, i) => new Sheet { Name = s.Layout.Name, SheetId = (uint)i + 1, Id = s.PartId })),
            new DefinedNames(DefinedNames(sheets.Select(s => s.Layout).ToArray(), filters)));
        workbookPart.Workbook.Save();
    }

    /// <summary>The workbook as bytes: what chat uploads.</summary>
    public static byte[] ToBytes(BoardPaper paper, BoardPaperWorkbookOptions? options = null)
    {
        using var memory = new MemoryStream();
        Write(paper, memory, options);
        return memory.ToArray();
    }

    /// <summary>
    /// Per sheet: the header row repeated on every printed page (Excel's Print_Titles), and the filter's range as Excel
    /// itself records it (the hidden _FilterDatabase name, which some readers use to find the filter).
    /// </summary>
    private static IEnumerable<DefinedName> DefinedNames(IReadOnlyList<SheetLayout> layouts, Dictionary<int, string> filters)
    {
        for (var i = 0; i < layouts.Count; i++)
        {
            var layout = layouts[i];
            if (filters.TryGetValue(i, out var range))
            {
                var (from, to) = (range.Split(':')[0], range.Split(':')[1]);
                yield return new DefinedName($"{CellReference.Quote(layout.Name)}!{Absolute(from)}:{Absolute(to)}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)i,
                    Hidden = true,
                };
            }

            yield return new DefinedName($"{CellReference.Quote(layout.Name)}!${layout.HeaderRow}:${layout.HeaderRow}")
            {
                Name = "_xlnm.Print_Titles",
                LocalSheetId = (uint)i,
            };
        }
    }

    /// <summary>"A3" → "$A$3".</summary>
    private static string Absolute(string cell)
    {
        var split = cell.IndexOfAny("0123456789".ToCharArray());
        return $"${cell[..split]}${cell[split..]}";
    }
}
