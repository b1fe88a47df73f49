using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PlanBot.Domain.Digest;

namespace PlanBot.Teams.Digest;

/// <summary>
/// What a digest outbox entry carries: the channel and the week, nothing else. The digest itself is built when the entry
/// is sent, so a retry after downtime still shows the latest answers.
/// </summary>
internal sealed record DigestPayload(
    [property: JsonPropertyName("channelId")] string ChannelId,
    [property: JsonPropertyName("week")] string Week)
{
    public static DigestPayload Of(DigestKey key) =>
        new(key.ChannelId, key.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public string ToJson() => JsonSerializer.Serialize(this);

    /// <exception cref="FormatException">The payload is not a digest entry's.</exception>
    public static DigestKey Read(string payload)
    {
        DigestPayload? read;
        try
        {
            read = JsonSerializer.Deserialize<DigestPayload>(payload);
        }
        catch (JsonException exception)
        {
            throw new FormatException("A digest outbox payload must be JSON with channelId and week.", exception);
        }

        if (read is null || string.IsNullOrWhiteSpace(read.ChannelId)
            || !DateOnly.TryParseExact(read.Week, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var week))
        {
            throw new FormatException("A digest outbox payload must carry a channelId and a week as yyyy-MM-dd.");
        }

        return new DigestKey(read.ChannelId, week);
    }
}
