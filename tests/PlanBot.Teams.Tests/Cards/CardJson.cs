using System.Text.Json.Nodes;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Tests.Cards;

/// <summary>Reads a card the way a client would: from the JSON the serializer writes.</summary>
internal static class CardJson
{
    public static JsonObject Of(AdaptiveCard card) => JsonNode.Parse(AdaptiveCardSerializer.Serialize(card))!.AsObject();

    /// <summary>Every JSON object in the card, depth first in document order.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).SelectMany(Objects))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Objects))
                {
                    yield return child;
                }

                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) =>
        Objects(card).Where(o => (o["type"] as JsonValue)?.GetValue<string>() == type);

    public static JsonObject ById(JsonNode card, string id) =>
        Objects(card).Single(o => (o["id"] as JsonValue)?.GetValue<string>() == id);

    /// <summary>Ids of all inputs, in document order.</summary>
    public static IReadOnlyList<string> InputIds(JsonNode card) =>
        [.. Objects(card)
            .Where(o => ((o["type"] as JsonValue)?.GetValue<string>() ?? string.Empty).StartsWith("Input.", StringComparison.Ordinal)
                && o.ContainsKey("id"))
            .Select(o => (string)o["id"]!)];

    /// <summary>All text a reader sees (TextBlock text, TextRun text, fact titles and values).</summary>
    public static IReadOnlyList<string> Texts(JsonNode card) =>
        [.. Objects(card)
            .Where(o => (o["type"] as JsonValue)?.GetValue<string>() is "TextBlock" or "TextRun")
            .Select(o => (string)o["text"]!)
            .Concat(OfType(card, "FactSet").SelectMany(f => f["facts"]!.AsArray()).SelectMany(f => new[] { (string)f!["title"]!, (string)f["value"]! }))];
}
