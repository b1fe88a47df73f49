using System.Text.Json;
using PlanBot.Connector.Schema;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Chat;

/// <summary>The two answers to an <c>adaptiveCard/action</c> invoke (Universal Actions) PlanBot gives.</summary>
internal static class InvokeResponses
{
    private const string MessageResponseType = "application/vnd.microsoft.activity.message";

    /// <summary>The card Teams puts in place of the one whose button was pressed.</summary>
    public static InvokeResponse Card(AdaptiveCard card) => new(200, JsonSerializer.SerializeToElement(new Dictionary<string, object>
    {
        ["statusCode"] = 200,
        ["type"] = AdaptiveCardSerializer.ContentType,
        ["value"] = AdaptiveCardSerializer.ToElement(card),
    }));

    /// <summary>A text Teams shows to the user, leaving the card as it is.</summary>
    public static InvokeResponse Message(string text) => new(200, JsonSerializer.SerializeToElement(new Dictionary<string, object>
    {
        ["statusCode"] = 200,
        ["type"] = MessageResponseType,
        ["value"] = text,
    }));
}
