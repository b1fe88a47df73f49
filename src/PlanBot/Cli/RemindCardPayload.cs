using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Cli;

/// <summary>
/// What a reminder-card outbox message carries: enough for the sender to build that card part from the stored cycle and
/// plan (the card itself is drawn at send time, so it shows the latest reports).
/// </summary>
internal sealed record RemindCardPayload(
    [property: JsonPropertyName("quarter")] string Quarter,
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("part")] int Part,
    [property: JsonPropertyName("partCount")] int PartCount,
    [property: JsonPropertyName("subThemeKeys")] IReadOnlyList<string> SubThemeKeys)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>"2026Q3:reminder:alice@example.com:1": one key per quarter, owner (case folded) and card part.</summary>
    public string IdempotencyKey => $"{Quarter}:reminder:{Email.ToLowerInvariant()}:{Part}";
}
