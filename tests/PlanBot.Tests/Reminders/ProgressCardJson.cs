using System.Text.Json.Nodes;

namespace PlanBot.Tests.Reminders;

/// <summary>Reads a reminder card as the client receives it: its texts, its inputs and the errors placed right under them.</summary>
internal static class ProgressCardJson
{
    /// <summary>Every text on the card, in order.</summary>
    public static IReadOnlyList<string> Texts(JsonNode card) =>
        [.. Objects(card).Select(o => (string?)o["text"]).OfType<string>()];

    public static string AllText(JsonNode card) => string.Join('\n', Texts(card));

    /// <summary>The input with that id (e.g. "comment:5-2"), or null when the card has none.</summary>
    public static JsonObject? Input(JsonNode card, string id) =>
        Objects(card).FirstOrDefault(o => (string?)o["id"] == id && ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);

    /// <summary>The value an input shows, as text ("30" for a number).</summary>
    public static string? ValueOf(JsonNode card, string id) => Input(card, id)?["value"]?.ToString();

    /// <summary>The attention-coloured texts directly after the element with that id, in the same container: its errors.</summary>
    public static IReadOnlyList<string> ErrorsAfter(JsonNode card, string id)
    {
        foreach (var items in Objects(card).Select(o => o["items"] ?? o["body"]).OfType<JsonArray>())
        {
            var list = items.OfType<JsonObject>().ToList();
            var at = list.FindIndex(o => (string?)o["id"] == id);
            if (at >= 0)
            {
                return [.. list.Skip(at + 1).TakeWhile(IsError).Select(o => (string)o["text"]!)];
            }
        }

        return [];
    }

    /// <summary>The errors an item shows for itself (not beside one of its inputs): the attention texts before its first input.</summary>
    public static IReadOnlyList<string> ItemErrors(JsonNode card, string subThemeKey)
    {
        var item = Objects(card).FirstOrDefault(o => (string?)o["id"] == $"item:{subThemeKey}");
        return item?["items"] is JsonArray items
            ? [.. items.OfType<JsonObject>().TakeWhile(o => (string?)o["type"] is not { } t || !t.StartsWith("Input.", StringComparison.Ordinal)).Where(IsError).Select(o => (string)o["text"]!)]
            : [];
    }

    public static bool HasInputs(JsonNode card) => Objects(card).Any(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true);

    public static bool HasItem(JsonNode card, string subThemeKey) => Objects(card).Any(o => (string?)o["id"] == $"item:{subThemeKey}");

    private static bool IsError(JsonObject element) =>
        (string?)element["type"] == "TextBlock" && string.Equals((string?)element["color"], "attention", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
