using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// What a manager-notice outbox message carries: the quarter and the manager. Who has not answered is read at send
/// time, so an owner who answered in between is not named.
/// </summary>
public sealed record ManagerNoticePayload(
    [property: JsonPropertyName("quarter")] string Quarter,
    [property: JsonPropertyName("email")] string Email)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <exception cref="JsonException">Not a payload of this shape.</exception>
    public static ManagerNoticePayload FromJson(string json) =>
        JsonSerializer.Deserialize<ManagerNoticePayload>(json) ?? throw new JsonException("The manager notice payload is null.");

    /// <summary>"2026Q3:manager-notice:bob@example.com": one notice per quarter and manager.</summary>
    [JsonIgnore]
    public string IdempotencyKey => $"{Quarter}:manager-notice:{Email.ToLowerInvariant()}";
}
