using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>Teams' channelData: team, channel, tenant, conversationUpdate eventType, notification settings.</summary>
public sealed record TeamsChannelData
{
    public TeamsEntityInfo? Channel { get; init; }

    public TeamsEntityInfo? Team { get; init; }

    public TeamsEntityInfo? Tenant { get; init; }

    public string? EventType { get; init; }

    public TeamsNotification? Notification { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
