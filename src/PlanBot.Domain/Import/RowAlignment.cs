using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Import;

/// <summary>How a row's plan cells were matched to the nine periods.</summary>
internal enum AlignmentKind
{
    /// <summary>Cell k is period k.</summary>
    Positional,

    /// <summary>The row has one cell fewer: the period at <see cref="RowAlignment.Slot"/> has no cell.</summary>
    MissingCell,

    /// <summary>The row has one cell more: two neighbouring cells both belong to the period at <see cref="RowAlignment.Slot"/>.</summary>
    ExtraCell,
}

/// <summary>
/// The nine period slots of a row, each naming the row's plan cells (0-based, counted from the first plan cell) it holds.
/// Chosen from the row's own evidence — ◎ in KGI cells, ■/→ in action cells, and for rows without those markers the
/// near-identical wording of the yearly KGI cells and of the yearly plans — never from the page header's positions.
/// </summary>
internal sealed record RowAlignment(AlignmentKind Kind, int Slot, IReadOnlyList<IReadOnlyList<int>> Sources, double Score)
{
    public const int Periods = 9;

    /// <summary>Slots 0–3 are FY quarters, 4 the first year's KGI, then plan/KGI pairs.</summary>
    public static bool IsKgiSlot(int slot) => slot is 4 or 6 or 8;

    /// <summary>What a reading must gain over the positional one before the parser departs from it.</summary>
    internal const double DepartureCost = 3;

    /// <summary>Weight of wording similarity (0..1 per pair) where a row has no ■/◎ evidence.</summary>
    internal const double WordingWeight = 4;

    /// <summary>Cells at least this similar say the same thing.</summary>
    internal const double AlikeThreshold = 0.9;

    public bool ReadsCell(int cell) => Sources.Any(s => s.Contains(cell));

    /// <summary>
    /// The best reading of the cells, with the best rejected departure (null when none scored at least as well
    /// before its cost) so an ambiguous row can be reported.
    /// </summary>
    public static (RowAlignment Chosen, RowAlignment? Rival) Choose(IReadOnlyList<IReadOnlyList<PlanItem>> cells)
    {
        var used = UsedCount(cells);
        var evidence = cells.Select(EvidenceOf).ToArray();
        var texts = cells.Select(c => string.Join(' ', c)).ToArray();
        var byWording = evidence.All(e => e == CellEvidence.Neutral) && WordingDiffers(texts, used);

        double Score(IReadOnlyList<IReadOnlyList<int>> sources) =>
            MarkerScore(sources, cells, evidence) + (byWording ? WordingWeight * WordingScore(sources, texts) : 0);

        if (used > Periods)
        {
            // One cell too many (a stray extra cell): try merging each neighbouring pair; on a tie the later pair,
            // because an extra quarter cell is likelier a second entry for the last quarter than a shifted first one.
            RowAlignment? best = null;
            for (var slot = 0; slot < Periods; slot++)
            {
                var sources = Enumerable.Range(0, Periods)
                    .Select(s => s < slot ? [s] : s == slot ? new[] { s, s + 1 } : (IReadOnlyList<int>)[s + 1])
                    .ToArray();
                var candidate = new RowAlignment(AlignmentKind.ExtraCell, slot, sources, Score(sources));
                if (best is null || candidate.Score >= best.Score)
                {
                    best = candidate;
                }
            }

            return (best!, null);
        }

        var positionalSources = Enumerable.Range(0, Periods).Select(s => (IReadOnlyList<int>)[s]).ToArray();
        var positional = new RowAlignment(AlignmentKind.Positional, -1, positionalSources, Score(positionalSources));
        RowAlignment? rival = null;

        // One cell fewer: only where the row's last cell is empty, and only before a non-empty cell (inserting after
        // the last text changes nothing). On a tie the later slot: a lost quarter is taken to be the last one.
        for (var slot = 0; used < Periods && slot < used; slot++)
        {
            var sources = Enumerable.Range(0, Periods)
                .Select(s => s < slot ? [s] : s == slot ? [] : (IReadOnlyList<int>)[s - 1])
                .ToArray();
            var candidate = new RowAlignment(AlignmentKind.MissingCell, slot, sources, Score(sources));
            if (rival is null || candidate.Score >= rival.Score)
            {
                rival = candidate;
            }
        }

        if (rival is not null && rival.Score - DepartureCost > positional.Score)
        {
            return (rival, null);
        }

        return (positional, rival is not null && rival.Score >= positional.Score ? rival : null);
    }

    /// <summary>Cells up to and including the last non-empty one.</summary>
    public static int UsedCount(IReadOnlyList<IReadOnlyList<PlanItem>> cells)
    {
        var used = cells.Count;
        while (used > 0 && cells[used - 1].Count == 0)
        {
            used--;
        }

        return used;
    }

    internal static CellEvidence EvidenceOf(IReadOnlyList<PlanItem> items)
    {
        // A cell of nothing but ◎ is a KGI; any ■ or → (and no ◎) makes it an action cell; a mix says nothing.
        var marked = items.Where(i => i.Marker != PlanItemMarker.None).ToArray();
        if (marked.Length > 0 && marked.All(i => i.Marker == PlanItemMarker.Target))
        {
            return CellEvidence.Target;
        }

        return marked.Any(i => i.Marker is PlanItemMarker.Action or PlanItemMarker.CarriedOver)
            && marked.All(i => i.Marker != PlanItemMarker.Target)
            ? CellEvidence.Action
            : CellEvidence.Neutral;
    }

    /// <summary>
    /// ◎ in a KGI slot +1; ■/→ in a KGI slot −3 (authors never put actions there); ◎ in an action slot −1 (authors do
    /// sometimes repeat a target in a plan cell, so that is weak evidence). Merged cells are judged together.
    /// </summary>
    private static double MarkerScore(
        IReadOnlyList<IReadOnlyList<int>> sources, IReadOnlyList<IReadOnlyList<PlanItem>> cells, CellEvidence[] evidence)
    {
        var score = 0.0;
        for (var slot = 0; slot < Periods; slot++)
        {
            var e = sources[slot] switch
            {
                [] => CellEvidence.Neutral,
                [var only] => only < evidence.Length ? evidence[only] : CellEvidence.Neutral,
                var several => EvidenceOf(several.Where(c => c < cells.Count).SelectMany(c => cells[c]).ToArray()),
            };
            score += (IsKgiSlot(slot), e) switch
            {
                (true, CellEvidence.Target) => 1,
                (true, CellEvidence.Action) => -3,
                (false, CellEvidence.Target) => -1,
                _ => 0,
            };
        }

        return score;
    }

    /// <summary>Alike wording in the yearly cells is evidence only when those cells do not all say the same thing.</summary>
    internal static bool WordingDiffers(string[] texts, int used)
    {
        var yearly = texts.Take(used).Skip(3).Where(t => t.Length > 0).ToArray();
        for (var i = 0; i < yearly.Length; i++)
        {
            for (var j = i + 1; j < yearly.Length; j++)
            {
                if (Similarity(yearly[i], yearly[j]) < AlikeThreshold)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Yearly KGIs resemble each other and so do the yearly plans: sum of pairwise similarity.</summary>
    private static double WordingScore(IReadOnlyList<IReadOnlyList<int>> sources, string[] texts)
    {
        string Text(int slot) => string.Join(' ', sources[slot].Where(c => c < texts.Length).Select(c => texts[c]));
        var kgi24 = Text(4);
        var kgi25 = Text(6);
        var kgi26 = Text(8);
        return Similarity(kgi24, kgi25) + Similarity(kgi24, kgi26) + Similarity(kgi25, kgi26)
            + Similarity(Text(5), Text(7));
    }

    /// <summary>Dice coefficient over character bigrams; 0 when either side is empty.</summary>
    internal static double Similarity(string a, string b)
    {
        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }

        var left = Bigrams(a);
        var right = Bigrams(b);
        var shared = left.Count(right.Contains);
        return 2.0 * shared / (left.Count + right.Count);
    }

    private static HashSet<(char, char)> Bigrams(string s)
    {
        var set = new HashSet<(char, char)>();
        for (var i = 1; i < s.Length; i++)
        {
            set.Add((s[i - 1], s[i]));
        }

        return set;
    }
}
