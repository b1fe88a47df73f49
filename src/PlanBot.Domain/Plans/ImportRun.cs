using PlanBot.Domain.Import;

namespace PlanBot.Domain.Plans;

/// <summary>A past import, as an admin reviews it: when, from which file, what it held, the parser's report and the changes.</summary>
public sealed record ImportRun(
    long Id,
    DateTimeOffset ImportedAt,
    PlanSource Source,
    ParsedPlanSummary Summary,
    IReadOnlyList<ImportDecision> Report,
    IReadOnlyList<PlanChange> Changes);
