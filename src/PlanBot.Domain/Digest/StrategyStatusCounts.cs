namespace PlanBot.Domain.Digest;

/// <summary>One 重点戦略's status counts: its number, a short title for a chart's axis, and the counts.</summary>
public sealed record StrategyStatusCounts(int StrategyNumber, string ShortTitle, StatusCounts Counts);
