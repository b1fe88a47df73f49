using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>A user or bot on a channel. Teams ids: users "29:…", bots "28:{appId}".</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The user's Entra object id.</summary>
    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    /// <summary>Fields Teams adds that PlanBot does not model (email, userPrincipalName, tenantId…), kept as sent.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
