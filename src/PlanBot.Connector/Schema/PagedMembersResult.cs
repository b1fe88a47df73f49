using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>One page of GET /v3/conversations/{id}/pagedmembers; no continuation token means the last page.</summary>
public sealed record PagedMembersResult
{
    public string? ContinuationToken { get; init; }

    [JsonConverter(typeof(NullSkippingListConverter<TeamsChannelAccount>))]
    public IReadOnlyList<TeamsChannelAccount> Members { get; init; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
