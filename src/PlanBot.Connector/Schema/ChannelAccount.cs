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

    /// <summary>The user's e-mail, else UPN, where Teams sent one (member lists do; most activities carry only ids).</summary>
    public string? GetEmail() =>
        AdditionalProperties is { } extra
        && (extra.TryGetValue("email", out var email) || extra.TryGetValue("userPrincipalName", out email))
        && email.ValueKind == JsonValueKind.String
            ? email.GetString()
            : null;
}
