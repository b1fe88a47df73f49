using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Cards;

/// <summary>
/// Writes PlanBot's typed cards as Adaptive Card JSON: camelCase, nulls omitted, enums as the schema's strings, and
/// Japanese written as itself rather than as \u escapes (which would triple the size that counts against Teams' limit).
/// User text only ever enters as property values, so the writer escapes it.
/// </summary>
public static class AdaptiveCardSerializer
{
    /// <summary>The attachment content type of an Adaptive Card (also the invoke-response type of a replacing card).</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The card as a JSON object.</summary>
    public static string Serialize(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, Options);
    }

    /// <summary>The card as a JSON element, for embedding in an activity or an invoke response.</summary>
    public static JsonElement ToElement(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToElement(card, Options);
    }

    /// <summary>The attachment <c>{"contentType": "application/vnd.microsoft.card.adaptive", "content": {…}}</c> and its size.</summary>
    public static SerializedCard ToAttachment(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var json = JsonSerializer.Serialize(new Attachment(ContentType, card), Options);
        return new SerializedCard(json, Encoding.UTF8.GetByteCount(json), json.Length * sizeof(char));
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Keeps every script unescaped while still escaping HTML-sensitive characters (<, >, &, ') and controls.
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed record Attachment(string ContentType, AdaptiveCard Content);
}
