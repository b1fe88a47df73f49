namespace PlanBot.Domain.Plans;

/// <summary>重点戦略: a priority strategy and its initiatives.</summary>
public sealed record Strategy(int Number, string Title, IReadOnlyList<Initiative> Initiatives);
