namespace PlanBot.Domain.Plans;

/// <summary>The number of items written in one period's column across the whole plan.</summary>
public sealed record PeriodItemCount(PlanPeriod Period, int Items);
