using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>Body of POST /v3/conversations. Teams 1:1: bot, one member, and the tenant (in channelData and tenantId).</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }

    public ChannelAccount? Bot { get; init; }

    public IReadOnlyList<ChannelAccount>? Members { get; init; }

    public string? TopicName { get; init; }

    public string? TenantId { get; init; }

    public Activity? Activity { get; init; }

    public JsonElement? ChannelData { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
