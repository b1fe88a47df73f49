namespace PlanBot.Teams.Cards.Model;

/// <summary>
/// Action.Execute (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke carrying <see cref="Verb"/> and
/// <see cref="Data"/> merged with the card's input values, and replaces the card with the one the bot answers.
/// </summary>
public sealed record ExecuteAction : CardAction
{
    public required string Verb { get; init; }

    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
