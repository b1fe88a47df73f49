using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>
/// An activity entity. Teams sends "clientInfo" (locale, country, platform, timezone) and "mention" (mentioned, text);
/// both shapes are modelled flat here, everything else stays in <see cref="AdditionalProperties"/>.
/// </summary>
public sealed record Entity
{
    public const string MentionType = "mention";
    public const string ClientInfoType = "clientInfo";

    public string? Type { get; init; }

    /// <summary>For a mention: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>For a mention: the text in the message, e.g. "&lt;at&gt;PlanBot&lt;/at&gt;".</summary>
    public string? Text { get; init; }

    /// <summary>For clientInfo: the user's IANA time zone, e.g. "Asia/Tokyo".</summary>
    public string? Timezone { get; init; }

    /// <summary>For clientInfo: the client's locale, e.g. "ja-JP".</summary>
    public string? Locale { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    public static Entity Mention(ChannelAccount mentioned, string text) =>
        new() { Type = MentionType, Mentioned = mentioned, Text = text };
}
