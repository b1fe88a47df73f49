namespace PlanBot.Data.Rows;

/// <summary>具体的取組, keyed by its number (unique across the plan). <see cref="Department"/> (担当部署) is null when the document names none.</summary>
public sealed class InitiativeRow : IRetirableRow
{
    public int Id { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public string? Department { get; set; }

    public int StrategyId { get; set; }

    public StrategyRow Strategy { get; set; } = null!;

    public bool IsRetired { get; set; }

    public List<SubThemeRow> SubThemes { get; } = [];
}
