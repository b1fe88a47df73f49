using System.Text.Json.Nodes;

namespace PlanBot.Tests.EndToEnd;

/// <summary>Reading what the emulator shows of a bot message (a createMessage/updateMessage event of its stream).</summary>
public static class PlaygroundMessage
{
    /// <summary>The message's text.</summary>
    public static string Text(JsonObject evt) => evt["message"]?["text"]?.GetValue<string>() ?? "";

    /// <summary>Every string in the message's card attachments: what the user reads on the cards.</summary>
    public static string CardText(JsonObject evt) => string.Join("\n", Strings(evt["message"]?["attachments"]));

    /// <summary>Every string of the message, text and cards alike.</summary>
    public static string AllText(JsonObject evt) => string.Join("\n", Strings(evt["message"]));

    /// <summary>The conversation the message went to (a channel reply carries ";messageid=…").</summary>
    public static string? ConversationId(JsonObject evt) => evt["actionConversationId"]?.GetValue<string>();

    public static string MessageId(JsonObject evt) => evt["message"]!["messageId"]!.GetValue<string>();

    /// <summary>A copy of the data of the card's Action.Execute with this verb (a card's refresh action has another).</summary>
    public static JsonObject ExecuteData(JsonObject evt, string verb) =>
        Nodes(evt["message"]?["attachments"]).OfType<JsonObject>()
            .First(n => n["type"]?.GetValue<string>() == "Action.Execute" && n["verb"]?.GetValue<string>() == verb)["data"]!
            .DeepClone().AsObject();

    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var s) => [s],
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        _ => [],
    };

    private static IEnumerable<JsonNode> Nodes(JsonNode? node) => node switch
    {
        JsonObject obj => [obj, .. obj.SelectMany(p => Nodes(p.Value))],
        JsonArray array => array.SelectMany(Nodes),
        null => [],
        _ => [node],
    };
}
