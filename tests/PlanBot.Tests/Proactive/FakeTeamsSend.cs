using System.Text.Json;

namespace PlanBot.Tests.Proactive;

/// <summary>One send the fake Teams received: to which conversation, the activity, and the id it answered (null: refused or never answered).</summary>
internal sealed record FakeTeamsSend(string ConversationId, JsonElement Activity, string? ActivityId)
{
    /// <summary>The Adaptive Card the activity carries.</summary>
    public JsonElement Card => Activity.GetProperty("attachments")[0].GetProperty("content");

    /// <summary>Every string in the card, one a line, unescaped (the wire JSON escapes Japanese).</summary>
    public string CardText => string.Join('\n', Strings(Card));

    public string? Text => Activity.TryGetProperty("text", out var text) ? text.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
