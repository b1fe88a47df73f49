using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>An attachment; for Adaptive Cards <see cref="ContentType"/> is <see cref="AdaptiveCardContentType"/>.</summary>
public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; init; }

    public string? ContentUrl { get; init; }

    public JsonElement? Content { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
