using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Import;

/// <summary>How many items the plan holds for one period, over all sub-themes.</summary>
public sealed record PeriodItemCount(PlanPeriod Period, int Items);
