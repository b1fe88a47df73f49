namespace PlanBot.Data.Rows;

/// <summary>
/// A sub-theme, keyed by its stable natural key ("5-2"). Progress reports point here, so this row is never deleted:
/// a re-import updates it in place or retires it.
/// </summary>
public sealed class SubThemeRow : IRetirableRow
{
    public int Id { get; set; }

    public required string Key { get; set; }

    public int Index { get; set; }

    public string? Label { get; set; }

    public int InitiativeId { get; set; }

    public InitiativeRow Initiative { get; set; } = null!;

    public bool IsRetired { get; set; }

    public List<PlanItemRow> Items { get; } = [];
}
