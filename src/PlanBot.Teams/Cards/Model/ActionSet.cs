namespace PlanBot.Teams.Cards.Model;

/// <summary>Buttons placed inside the body rather than in the card's action bar.</summary>
public sealed record ActionSet : CardElement
{
    public required IReadOnlyList<CardAction> Actions { get; init; }
}
