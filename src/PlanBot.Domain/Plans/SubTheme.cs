namespace PlanBot.Domain.Plans;

/// <summary>
/// A line of work inside an initiative (具体的取組), the unit people report progress on.
/// An initiative that does not split has one sub-theme with no <see cref="Label"/>; one that splits (①②③ rows,
/// 【…】 headings, continuation rows) has one per part, numbered from 1 in document order.
/// <see cref="Key"/> ("5-2") is stable across re-imports and is what progress records point to.
/// </summary>
public sealed record SubTheme(int InitiativeNumber, int Index, string? Label, IReadOnlyList<PlanCell> Cells)
{
    public string Key => FormatKey(InitiativeNumber, Index);

    public static string FormatKey(int initiativeNumber, int index) => $"{initiativeNumber}-{index}";

    public PlanCell? Cell(PlanPeriod period) => Cells.FirstOrDefault(c => c.Period == period);
}
