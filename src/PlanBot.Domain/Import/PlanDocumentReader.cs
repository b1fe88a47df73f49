using System.Globalization;
using System.Text.RegularExpressions;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Import;

/// <summary>
/// One pass over one document: the state of the table being read, line by line. A new reader is made for every
/// <see cref="PlanDocumentParser.Parse"/> call, so the parser itself holds no state.
/// </summary>
internal sealed partial class PlanDocumentReader
{
    private const string InitiativeHeaderLabel = "具体的取組";
    private const int Periods = RowAlignment.Periods;
    private const int DepartmentMaxLength = 20;

    private readonly List<ImportDecision> report = [];
    private readonly List<StrategyDraft> strategies = [];
    private string? title;
    private Page? page;
    private int pageCount;
    private int[]? years;
    private IReadOnlyList<PlanPeriod> periods = [];
    private bool awaitingQuarterHeader;
    private bool rowSeenOnPage;
    private InitiativeDraft? initiative;
    private int lastInitiativeNumber;
    private int lineCount;

    public ParsedPlan Read(string text)
    {
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        var lines = LineBreak().Split(text);
        lineCount = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            ReadLine(i + 1, lines[i]);
        }

        return Finish();
    }

    private void ReadLine(int line, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var cells = text.Split('\t');
        if (awaitingQuarterHeader)
        {
            ReadQuarterHeader(line, cells);
        }
        else if (CellItemReader.PlainText(cells[0]) == InitiativeHeaderLabel)
        {
            StartPage(line, cells);
        }
        else if (page is null)
        {
            ReadPreamble(line, cells);
        }
        else if (IsQuarterHeader(cells))
        {
            throw new PlanFormatException(line, null, $"quarter header row (1Q 2Q 3Q 4Q) without a {InitiativeHeaderLabel} header row before it");
        }
        else if (cells.Length != page.Columns)
        {
            throw new PlanFormatException(line, null, $"row has {cells.Length} cells; the header row on line {page.HeaderLine} has {page.Columns}");
        }
        else if (!cells.All(IsBlank))
        {
            ReadRow(line, cells);
        }
    }

    private void ReadPreamble(int line, string[] cells)
    {
        if (cells.Length > 1)
        {
            throw new PlanFormatException(line, null, $"table row before the first header row ({InitiativeHeaderLabel} …)");
        }

        if (title is not null)
        {
            throw new PlanFormatException(line, null, "more than one line of text before the first header row; expected only the title");
        }

        title = CellItemReader.PlainText(cells[0]);
    }

    private void StartPage(int line, string[] cells)
    {
        var found = cells.SelectMany(c => FiscalYear().Matches(c))
            .Select(m => int.Parse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture))
            .ToArray();
        if (found.Length != 3 || found[0] >= found[1] || found[1] >= found[2])
        {
            throw new PlanFormatException(line, null, $"the header row must name three fiscal years (…年度) in order; found {found.Length}");
        }

        if (years is null)
        {
            years = found;
            periods =
            [
                PlanPeriod.QuarterActions(found[0], 1), PlanPeriod.QuarterActions(found[0], 2),
                PlanPeriod.QuarterActions(found[0], 3), PlanPeriod.QuarterActions(found[0], 4),
                PlanPeriod.YearKgi(found[0]),
                PlanPeriod.YearActions(found[1]), PlanPeriod.YearKgi(found[1]),
                PlanPeriod.YearActions(found[2]), PlanPeriod.YearKgi(found[2]),
            ];
        }
        else if (!years.SequenceEqual(found))
        {
            throw new PlanFormatException(line, null, $"the header row names {string.Join("/", found)}, but the first page planned {string.Join("/", years)}");
        }

        pageCount++;
        page = new Page(pageCount, cells.Length, line);
        awaitingQuarterHeader = true;
        rowSeenOnPage = false;
    }

    private void ReadQuarterHeader(int line, string[] cells)
    {
        if (!IsQuarterHeader(cells))
        {
            throw new PlanFormatException(line, null, $"expected the quarter header row (1Q 2Q 3Q 4Q …) after the header row on line {page!.HeaderLine}");
        }

        if (cells.Length != page!.Columns)
        {
            throw new PlanFormatException(line, null, $"header row has {cells.Length} cells; the header row on line {page.HeaderLine} has {page.Columns}");
        }

        awaitingQuarterHeader = false;
    }

    private static bool IsQuarterHeader(string[] cells)
    {
        var labels = cells.Select(c => c.Trim()).ToArray();
        var first = Array.IndexOf(labels, "1Q");
        return first >= 0 && first + 3 < labels.Length
            && labels[first + 1] == "2Q" && labels[first + 2] == "3Q" && labels[first + 3] == "4Q";
    }

    private void ReadRow(int line, string[] cells)
    {
        var first = CellItemReader.PlainText(cells[0]);
        if (StrategyHeading().Match(first) is { Success: true } heading)
        {
            ReadStrategy(line, cells, heading);
        }
        else if (first.Length == 0)
        {
            ReadContinuation(line, cells);
        }
        else if (NumberOnly().IsMatch(first))
        {
            var initiativeTitle = cells.Length > 1 ? CellItemReader.PlainText(cells[1]) : "";
            ReadInitiative(line, cells, ParseNumber(first), initiativeTitle, titleCell: 1);
        }
        else if (NumberAndTitle().Match(first) is { Success: true } numbered)
        {
            ReadInitiative(line, cells, ParseNumber(numbered.Groups[1].Value), numbered.Groups[2].Value, titleCell: 0);
        }
        else
        {
            throw new PlanFormatException(line, 0, $"expected a 重点戦略 heading, an initiative number or an empty cell; found '{Excerpt(first)}'");
        }

        rowSeenOnPage = true;
    }

    private void ReadStrategy(int line, string[] cells, Match heading)
    {
        FinishInitiative();
        if (strategies.Count > 0 && strategies[^1].Initiatives.Count == 0)
        {
            throw new PlanFormatException(strategies[^1].Line, 0, $"重点戦略{strategies[^1].Number} has no initiatives");
        }

        var number = ParseNumber(heading.Groups[1].Value);
        var expected = strategies.Count + 1;
        if (number != expected)
        {
            throw new PlanFormatException(line, 0, $"重点戦略{number} is out of sequence; expected 重点戦略{expected}");
        }

        var strategyTitle = heading.Groups[2].Value.Trim();
        if (strategyTitle.Length == 0)
        {
            throw new PlanFormatException(line, 0, $"重点戦略{number} has no title");
        }

        for (var k = 1; k < cells.Length; k++)
        {
            if (!IsBlank(cells[k]))
            {
                throw new PlanFormatException(line, k, $"text beside the 重点戦略{number} heading: '{Excerpt(CellItemReader.PlainText(cells[k]))}'");
            }
        }

        strategies.Add(new StrategyDraft(number, strategyTitle, line));
    }

    private void ReadInitiative(int line, string[] cells, int number, string initiativeTitle, int titleCell)
    {
        if (strategies.Count == 0)
        {
            throw new PlanFormatException(line, 0, $"initiative {number} comes before any 重点戦略 heading");
        }

        FinishInitiative();
        var expected = lastInitiativeNumber + 1;
        if (number != expected)
        {
            throw new PlanFormatException(line, 0, $"initiative {number} is out of sequence; expected {expected}");
        }

        if (initiativeTitle.Length == 0)
        {
            throw new PlanFormatException(line, titleCell, $"initiative {number} has no title");
        }

        var strategy = strategies[^1];
        if (!rowSeenOnPage && pageCount > 1)
        {
            report.Add(new ImportDecision(line, 0, $"initiative {number} opens page {pageCount} without a 重点戦略 heading",
                $"kept under 重点戦略{strategy.Number}, continued from the previous page"));
        }

        var (department, dataStart) = ReadDepartment(line, cells, titleCell + 1, number);
        initiative = new InitiativeDraft(number, initiativeTitle, department, strategy.Number, dataStart, pageCount, line);
        lastInitiativeNumber = number;
        ReadPart(line, cells, continuation: false);
    }

    /// <summary>
    /// 担当部署 is a short plain name ("産業振興部", "SR-防災"). Some pages have no such column: there the cell after
    /// the title already holds plan items, and the department is none — never the title.
    /// </summary>
    private (string? Department, int DataStart) ReadDepartment(int line, string[] cells, int index, int number)
    {
        if (index >= cells.Length)
        {
            throw new PlanFormatException(line, null, $"initiative {number}'s row ends before its plan cells");
        }

        var raw = cells[index];
        var text = CellItemReader.PlainText(raw);
        if (LooksLikeDepartment(raw, text))
        {
            return (text, index + 1);
        }

        if (text.Length == 0 && cells.Length - index > Periods)
        {
            report.Add(new ImportDecision(line, index, "empty 担当部署 cell", $"initiative {number} has no department"));
            return (null, index + 1);
        }

        report.Add(new ImportDecision(line, index, $"no 担当部署 cell: cell {index} already holds plan items",
            $"initiative {number} has no department; plan cells start at cell {index}"));
        return (null, index);
    }

    private static bool LooksLikeDepartment(string raw, string text) =>
        !raw.Contains('<', StringComparison.Ordinal)
        && text.Length is > 0 and <= DepartmentMaxLength
        && CellItemReader.MarkerOf(text[0]) is null
        && !PartLabel.IsLabelStart(text[0]);

    private void ReadContinuation(int line, string[] cells)
    {
        if (initiative is null)
        {
            throw new PlanFormatException(line, 0, "continuation row (empty first cell) with no initiative above it under this heading");
        }

        if (initiative.Page != pageCount)
        {
            throw new PlanFormatException(line, 0, $"continuation row at the top of a page: its cells cannot be matched to initiative {initiative.Number}'s columns");
        }

        for (var k = 1; k < initiative.DataStart && k < cells.Length; k++)
        {
            if (!IsBlank(cells[k]))
            {
                throw new PlanFormatException(line, k, $"continuation row of initiative {initiative.Number} has text before its plan cells");
            }
        }

        ReadPart(line, cells, continuation: true);
    }

    private void ReadPart(int line, string[] cells, bool continuation)
    {
        var current = initiative!;
        var start = current.DataStart;
        var raw = start < cells.Length ? cells[start..] : [];
        RemoveCopiedFragments(line, start, raw);
        var items = raw.Select(c => CellItemReader.Read(c).ToList()).ToList();
        while (items.Count < Periods)
        {
            items.Add([]);
        }

        var used = RowAlignment.UsedCount(items);
        if (used > Periods + 1)
        {
            throw new PlanFormatException(line, start + Periods + 1,
                $"row has {used} plan cells; at most {Periods + 1} can be matched to the {Periods} periods");
        }

        var label = PartLabel.Take(items[0]);
        if (label is null && PartLabel.CountLabels(items[0]) > 1)
        {
            report.Add(new ImportDecision(line, start, $"the first plan cell lists {PartLabel.CountLabels(items[0])} numbered headings (①②…) and no other cell is split by them",
                $"kept them as items of one sub-theme of initiative {current.Number}"));
        }

        if (continuation && label is null && items[0].Count == 0 && TryCompletePrevious(line, start, items))
        {
            return;
        }

        var (alignment, rival) = RowAlignment.Choose(items);
        ReportAlignment(line, start, items, alignment, rival);
        var slots = Enumerable.Range(0, Periods)
            .Select(s => (IReadOnlyList<PlanItem>)alignment.Sources[s].Where(c => c < items.Count).SelectMany(c => items[c]).ToList())
            .ToArray();
        current.Parts.Add(new PartDraft(line, label, alignment, slots.Select(s => s.ToList()).ToArray()));

        var key = SubTheme.FormatKey(current.Number, current.Parts.Count);
        if (label is not null)
        {
            report.Add(new ImportDecision(line, start, $"the first plan cell opens with the heading '{label}'", $"sub-theme {key} labelled '{label}'"));
        }

        if (continuation)
        {
            report.Add(new ImportDecision(line, 0, "continuation row (empty number and title cells)",
                $"new sub-theme {key} of initiative {current.Number}{(label is null ? " (no label)" : "")}"));
        }
    }

    /// <summary>
    /// A continuation row with no heading and nothing in its first plan cell whose cells, read with the previous row's
    /// alignment, fit that row's periods (◎ into KGI, no ■ into KGI) completes the previous sub-theme rather than
    /// starting an empty one.
    /// </summary>
    private bool TryCompletePrevious(int line, int start, List<List<PlanItem>> items)
    {
        var current = initiative!;
        if (current.Parts.Count == 0)
        {
            return false;
        }

        var previous = current.Parts[^1];
        var placements = new List<(int Cell, int Slot)>();
        for (var cell = 0; cell < items.Count; cell++)
        {
            if (items[cell].Count == 0)
            {
                continue;
            }

            var slot = Enumerable.Range(0, Periods).FirstOrDefault(s => previous.Alignment.Sources[s].Contains(cell), -1);
            var evidence = RowAlignment.EvidenceOf(items[cell]);
            if (slot < 0
                || (RowAlignment.IsKgiSlot(slot) && evidence == CellEvidence.Action)
                || (!RowAlignment.IsKgiSlot(slot) && evidence == CellEvidence.Target))
            {
                return false;
            }

            placements.Add((cell, slot));
        }

        var key = SubTheme.FormatKey(current.Number, current.Parts.Count);
        foreach (var (cell, slot) in placements)
        {
            previous.Slots[slot].AddRange(items[cell]);
            report.Add(new ImportDecision(line, start + cell,
                $"continuation row with nothing but '{Excerpt(string.Join(" ", items[cell]))}'",
                $"added to {periods[slot].Code} of sub-theme {key}, reading the row with line {previous.Line}'s alignment"));
        }

        return true;
    }

    private void ReportAlignment(int line, int start, List<List<PlanItem>> items, RowAlignment alignment, RowAlignment? rival)
    {
        var evidence = DescribeEvidence(start, items);
        switch (alignment.Kind)
        {
            case AlignmentKind.MissingCell:
                report.Add(new ImportDecision(line, start + alignment.Slot,
                    $"one plan cell fewer than the {Periods} periods ({evidence})",
                    $"{periods[alignment.Slot].Code} has no cell and stays empty; {DescribeShift(start, alignment)}"));
                break;
            case AlignmentKind.ExtraCell:
                report.Add(new ImportDecision(line, start + alignment.Slot + 1,
                    $"{RowAlignment.UsedCount(items)} plan cells, one more than the {Periods} periods ({evidence})",
                    $"cells {start + alignment.Slot} and {start + alignment.Slot + 1} both read as {periods[alignment.Slot].Code}; {DescribeShift(start, alignment)}"));
                break;
            case AlignmentKind.Positional when rival is not null:
                report.Add(new ImportDecision(line, start + rival.Slot,
                    $"ambiguous: reading {periods[rival.Slot].Code} as missing fits the cells as well or better ({evidence}), but not clearly",
                    "kept the positional reading (each cell is the period of its column)"));
                break;
            default:
                break;
        }
    }

    private static string DescribeEvidence(int start, List<List<PlanItem>> items)
    {
        string Cells(CellEvidence kind) => string.Join(", ", items
            .Select((c, i) => (Evidence: RowAlignment.EvidenceOf(c), Cell: start + i))
            .Where(x => x.Evidence == kind)
            .Select(x => x.Cell));
        var targets = Cells(CellEvidence.Target);
        var actions = Cells(CellEvidence.Action);
        if (targets.Length == 0 && actions.Length == 0)
        {
            var texts = items.Select(c => string.Join(' ', c)).ToArray();
            return RowAlignment.WordingDiffers(texts, RowAlignment.UsedCount(items))
                ? "no ■/◎ markers; compared the wording of the yearly KGI and plan cells"
                : "no ■/◎ markers, and the yearly cells all say the same";
        }

        return $"◎ in cells {(targets.Length > 0 ? targets : "none")}; ■/→ in cells {(actions.Length > 0 ? actions : "none")}";
    }

    private string DescribeShift(int start, RowAlignment alignment) =>
        string.Join(", ", Enumerable.Range(0, Periods)
            .Where(s => alignment.Sources[s].Count > 0 && alignment.Sources[s][0] != s)
            .Select(s => $"cell {start + alignment.Sources[s][^1]} → {periods[s].Code}"));

    /// <summary>
    /// A cell holding stray "&lt;td&gt;…&lt;/td&gt;" fragments: when the fragments repeat the row's following cells
    /// exactly they are a copy-paste echo and are dropped; otherwise their text stays in the cell, so nothing is lost.
    /// </summary>
    private void RemoveCopiedFragments(int line, int start, string[] raw)
    {
        for (var d = 0; d < raw.Length; d++)
        {
            var at = raw[d].IndexOf("<td", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var fragments = TableCellFragment().Matches(raw[d][at..]).Select(m => m.Groups[1].Value).ToList();
            var following = raw.Length - d - 1;
            var copies = fragments.Count > 0 && fragments.Count <= following
                && fragments.Select((f, k) => CellItemReader.Read(f).SequenceEqual(CellItemReader.Read(raw[d + 1 + k]))).All(same => same);
            if (copies)
            {
                var head = raw[d][..at];
                raw[d] = head;
                report.Add(new ImportDecision(line, start + d,
                    $"stray <td> fragments: {fragments.Count} exact copies of cells {start + d + 1}–{start + d + fragments.Count}",
                    $"dropped the copies; the cell holds '{Excerpt(CellItemReader.PlainText(head))}'"));
            }
            else
            {
                report.Add(new ImportDecision(line, start + d, "stray <td> fragments that do not repeat the following cells",
                    "kept their text as items of this cell"));
            }
        }
    }

    private void FinishInitiative()
    {
        if (initiative is not { } done)
        {
            return;
        }

        initiative = null;
        var subThemes = done.Parts.Select((p, i) => new SubTheme(done.Number, i + 1, p.Label,
                p.Slots.Select((items, s) => new PlanCell(periods[s], items.ToArray())).ToArray()))
            .ToArray();
        if (subThemes.Length > 1)
        {
            report.Add(new ImportDecision(done.Line, null, $"initiative {done.Number} continues over {subThemes.Length} rows (lines {string.Join(", ", done.Parts.Select(p => p.Line))})",
                $"{subThemes.Length} sub-themes {string.Join(", ", subThemes.Select(s => s.Key))}"));
        }

        strategies[^1].Initiatives.Add(new Initiative(done.Number, done.Title, done.Department, done.StrategyNumber, subThemes));
    }

    private ParsedPlan Finish()
    {
        if (awaitingQuarterHeader)
        {
            throw new PlanFormatException(page!.HeaderLine, null, "the document ends after a header row");
        }

        FinishInitiative();
        if (page is null)
        {
            throw new PlanFormatException(lineCount, null, $"no header row ({InitiativeHeaderLabel} … 年度) found");
        }

        if (strategies.Count == 0)
        {
            throw new PlanFormatException(lineCount, null, "no 重点戦略 heading found");
        }

        if (strategies[^1].Initiatives.Count == 0)
        {
            throw new PlanFormatException(strategies[^1].Line, 0, $"重点戦略{strategies[^1].Number} has no initiatives");
        }

        if (title is null)
        {
            report.Add(new ImportDecision(1, null, "no title line before the first header row", "the plan has an empty title"));
        }

        var plan = new ActionPlan(title ?? "", periods,
            strategies.Select(s => new Strategy(s.Number, s.Title, s.Initiatives.ToArray())).ToArray());
        return new ParsedPlan(plan, report.ToArray());
    }

    private static bool IsBlank(string cell) => CellItemReader.PlainText(cell).Length == 0;

    private static int ParseNumber(string digits) =>
        int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Excerpt(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"\r\n|\r|\n")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"([0-9]{4})年度")]
    private static partial Regex FiscalYear();

    [GeneratedRegex(@"^重点戦略\s*([0-9]{1,4})\s*[.．]?\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex StrategyHeading();

    [GeneratedRegex(@"^[0-9]{1,4}$")]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"^([0-9]{1,4}) (.+)$", RegexOptions.Singleline)]
    private static partial Regex NumberAndTitle();

    [GeneratedRegex(@"<td\b[^>]*>(.*?)(?:</td\s*>|(?=<td\b)|$)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TableCellFragment();

    private sealed record Page(int Number, int Columns, int HeaderLine);

    private sealed record StrategyDraft(int Number, string Title, int Line)
    {
        public List<Initiative> Initiatives { get; } = [];
    }

    private sealed record InitiativeDraft(int Number, string Title, string? Department, int StrategyNumber, int DataStart, int Page, int Line)
    {
        public List<PartDraft> Parts { get; } = [];
    }

    private sealed record PartDraft(int Line, string? Label, RowAlignment Alignment, List<PlanItem>[] Slots);
}
