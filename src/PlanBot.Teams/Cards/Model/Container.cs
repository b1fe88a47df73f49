namespace PlanBot.Teams.Cards.Model;

/// <summary>Groups elements, optionally on a styled background.</summary>
public sealed record Container : CardElement
{
    public required IReadOnlyList<CardElement> Items { get; init; }

    public ContainerStyle? Style { get; init; }
}
