namespace PlanBot.Data.Rows;

/// <summary>重点戦略, keyed by its number so a re-import updates the title in place.</summary>
public sealed class StrategyRow : IRetirableRow
{
    public int Id { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    /// <summary>Missing from the latest import; kept so nothing that points at it is lost.</summary>
    public bool IsRetired { get; set; }

    public List<InitiativeRow> Initiatives { get; } = [];
}
