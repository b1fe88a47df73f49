using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Import;

/// <summary>A plan read from a document, with the report of every decision taken on irregular rows.</summary>
public sealed record ParsedPlan(ActionPlan Plan, IReadOnlyList<ImportDecision> Report);
