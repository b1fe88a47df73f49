namespace PlanBot.Teams.Cards.Model;

/// <summary>Label/value pairs shown as a two-column table.</summary>
public sealed record FactSet : CardElement
{
    public required IReadOnlyList<Fact> Facts { get; init; }
}
