using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>The connector's answer to a create conversation.</summary>
public sealed record ConversationResourceResponse
{
    public string? Id { get; init; }

    public string? ActivityId { get; init; }

    public string? ServiceUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
