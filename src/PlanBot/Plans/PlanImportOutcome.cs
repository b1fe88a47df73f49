using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;

namespace PlanBot.Plans;

/// <summary>A plan file imported: what the parser read (with its report) and what the store did with it.</summary>
public sealed record PlanImportOutcome(string Path, ParsedPlan Parsed, PlanImportResult Result);
