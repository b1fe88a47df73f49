using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>What is needed to reach a conversation again later (proactive messages).</summary>
public sealed record ConversationReference
{
    public string? ActivityId { get; init; }

    public ChannelAccount? User { get; init; }

    public ChannelAccount? Bot { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ChannelId { get; init; }

    public string? Locale { get; init; }

    public string? ServiceUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
