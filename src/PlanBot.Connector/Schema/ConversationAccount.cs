using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>A conversation: a 1:1 chat ("personal"), a group chat ("groupChat") or a channel thread ("channel").</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? ConversationType { get; init; }

    public bool? IsGroup { get; init; }

    public string? TenantId { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
