using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Teams.RosterCheck;

/// <summary>
/// What a roster-check outbox message carries: the quarter whose cycle it reports on and the admin. The check itself is
/// run when the message is sent, so it shows what is still wrong then.
/// </summary>
public sealed record RosterCheckPayload(
    [property: JsonPropertyName("quarter")] string Quarter,
    [property: JsonPropertyName("email")] string Email)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <exception cref="JsonException">Not a payload of this shape.</exception>
    public static RosterCheckPayload FromJson(string json) =>
        JsonSerializer.Deserialize<RosterCheckPayload>(json) ?? throw new JsonException("The roster check payload is null.");

    /// <summary>"2026Q3:roster-check:sato@example.jp": one notice per quarter and admin.</summary>
    [JsonIgnore]
    public string IdempotencyKey => $"{Quarter}:roster-check:{Email.ToLowerInvariant()}";
}
