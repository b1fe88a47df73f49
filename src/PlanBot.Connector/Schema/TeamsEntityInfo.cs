using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>A team, channel or tenant as it appears in Teams' channelData.</summary>
public sealed record TeamsEntityInfo
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>For a team: its Microsoft 365 group id.</summary>
    public string? AadGroupId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
