using PlanBot.Domain.Import;

namespace PlanBot.Domain.Plans;

/// <summary>What an import stored: the recorded run, the plan's counts and what changed against the previous plan.</summary>
public sealed record PlanImportResult(long ImportRunId, ParsedPlanSummary Summary, IReadOnlyList<PlanChange> Changes)
{
    public bool IsUnchanged => Changes.Count == 0;
}
