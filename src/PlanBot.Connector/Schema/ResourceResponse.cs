using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>The connector's answer to a send, reply or update: the activity's id.</summary>
public sealed record ResourceResponse
{
    public string? Id { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
