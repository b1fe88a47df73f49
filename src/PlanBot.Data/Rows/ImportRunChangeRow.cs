using PlanBot.Domain.Plans;

namespace PlanBot.Data.Rows;

/// <summary>One change an import run made to the stored plan.</summary>
public sealed class ImportRunChangeRow
{
    public long Id { get; set; }

    public long ImportRunId { get; set; }

    public int Ordinal { get; set; }

    public PlanChangeKind Kind { get; set; }

    public required string Subject { get; set; }

    public required string Detail { get; set; }
}
