namespace PlanBot.Domain.Plans;

/// <summary>The items of one column (<see cref="Period"/>) of one initiative or sub-theme.</summary>
public sealed record PlanCell(PlanPeriod Period, IReadOnlyList<PlanItem> Items);
