using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>A member as the Teams member APIs return it.</summary>
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The member's Entra object id.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>Some Teams payloads say objectId instead of aadObjectId.</summary>
    public string? ObjectId { get; init; }

    public string? GivenName { get; init; }

    public string? Surname { get; init; }

    public string? Email { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? TenantId { get; init; }

    public string? UserRole { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
