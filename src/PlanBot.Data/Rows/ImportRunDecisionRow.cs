namespace PlanBot.Data.Rows;

/// <summary>One line of the parser's report for an import run.</summary>
public sealed class ImportRunDecisionRow
{
    public long Id { get; set; }

    public long ImportRunId { get; set; }

    public int Ordinal { get; set; }

    public int Line { get; set; }

    public int? Cell { get; set; }

    public required string Found { get; set; }

    public required string Decided { get; set; }
}
