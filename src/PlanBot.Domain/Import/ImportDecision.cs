namespace PlanBot.Domain.Import;

/// <summary>
/// One decision the parser took on an irregular row, for the import report an admin reviews:
/// where (1-based line, and 0-based cell when it concerns one), what was found and what was decided.
/// </summary>
public sealed record ImportDecision(int Line, int? Cell, string Found, string Decided)
{
    public override string ToString() => Cell is { } c
        ? $"line {Line}, cell {c}: {Found} -> {Decided}"
        : $"line {Line}: {Found} -> {Decided}";
}
