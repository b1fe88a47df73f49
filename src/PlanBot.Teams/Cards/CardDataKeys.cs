namespace PlanBot.Teams.Cards;

/// <summary>
/// Keys of the hidden data PlanBot puts on its card actions. The client merges them with the input values, so they must
/// not collide with input ids (which contain a colon, e.g. "status:5-2").
/// </summary>
public static class CardDataKeys
{
    /// <summary>Repeats the verb in the data, because an Action.Submit (the fallback) carries no verb of its own.</summary>
    public const string Verb = "verb";
}
