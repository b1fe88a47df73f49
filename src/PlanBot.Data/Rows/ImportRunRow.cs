namespace PlanBot.Data.Rows;

/// <summary>A recorded import: when, from which file (name and SHA-256), what it held, and its report and changes.</summary>
public sealed class ImportRunRow
{
    public long Id { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public required string SourceName { get; set; }

    public required string SourceSha256 { get; set; }

    public int StrategyCount { get; set; }

    public int InitiativeCount { get; set; }

    public int SubThemeCount { get; set; }

    public int ItemCount { get; set; }

    /// <summary>Items per period in column order, "2024Q1=42 2024Q2=40 …".</summary>
    public required string ItemsPerPeriod { get; set; }

    public List<ImportRunDecisionRow> Decisions { get; } = [];

    public List<ImportRunChangeRow> Changes { get; } = [];
}
