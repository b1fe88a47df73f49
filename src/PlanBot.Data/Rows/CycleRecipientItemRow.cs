namespace PlanBot.Data.Rows;

/// <summary>A sub-theme an owner was asked about in a cycle, by its stable key ("5-2"), in card order.</summary>
public sealed class CycleRecipientItemRow
{
    public int Id { get; set; }

    public int RecipientId { get; set; }

    public int Ordinal { get; set; }

    public required string SubThemeKey { get; set; }
}
