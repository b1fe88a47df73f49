namespace PlanBot.Teams.Cards.Model;

/// <summary>
/// Action.Submit: the client sends a message activity whose <c>value</c> is <see cref="Data"/> merged with the input values.
/// The bot cannot replace the card in answer to it, so PlanBot uses it only as the fallback of an <see cref="ExecuteAction"/>.
/// </summary>
public sealed record SubmitAction : CardAction
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
