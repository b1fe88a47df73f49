using System.Text.Json;
using System.Text.Json.Serialization;
using PlanBot.Domain.Outbox;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// What a reminder-card or follow-up outbox message carries: enough for the sender to build that card part from the
/// stored cycle and plan (the card itself is drawn at send time, so it shows the latest reports).
/// </summary>
public sealed record ReminderCardPayload(
    [property: JsonPropertyName("quarter")] string Quarter,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("part")] int Part,
    [property: JsonPropertyName("partCount")] int PartCount,
    [property: JsonPropertyName("subThemeKeys")] IReadOnlyList<string> SubThemeKeys)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <exception cref="JsonException">Not a payload of this shape.</exception>
    public static ReminderCardPayload FromJson(string json) =>
        JsonSerializer.Deserialize<ReminderCardPayload>(json) ?? throw new JsonException("The reminder card payload is null.");

    /// <summary>"2026Q3:reminder:alice@example.com:1": one key per quarter, owner (case folded) and card part.</summary>
    [JsonIgnore]
    public string IdempotencyKey => KeyFor(OutboxKinds.ReminderCard);

    /// <summary>"2026Q3:follow-up:alice@example.com:1": the follow-up of that card part.</summary>
    [JsonIgnore]
    public string FollowUpIdempotencyKey => KeyFor(OutboxKinds.FollowUp);

    /// <summary>The key of this card part sent as <paramref name="kind"/> (<see cref="OutboxKinds.ReminderCard"/> or <see cref="OutboxKinds.FollowUp"/>).</summary>
    public string KeyFor(string kind) => kind switch
    {
        OutboxKinds.ReminderCard => $"{Quarter}:reminder:{Email.ToLowerInvariant()}:{Part}",
        OutboxKinds.FollowUp => $"{Quarter}:follow-up:{Email.ToLowerInvariant()}:{Part}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only reminder cards and follow-ups carry this payload."),
    };
}
