namespace PlanBot.Teams.Cards.Model;

/// <summary>Input.Text: free text, which the user types and the card shows back as a value, never as markup.</summary>
public sealed record TextInput : CardInput
{
    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public string? Placeholder { get; init; }

    public string? Value { get; init; }
}
