using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>
/// A Bot Framework activity: the fields PlanBot reads or writes are modelled, everything else Teams sends is kept in
/// <see cref="AdditionalProperties"/> so storing or echoing an activity loses nothing.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The sender's IANA time zone, e.g. "Asia/Tokyo".</summary>
    public string? LocalTimezone { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ReplyToId { get; init; }

    public string? Text { get; init; }

    /// <summary>plain, markdown or xml.</summary>
    public string? TextFormat { get; init; }

    public string? Summary { get; init; }

    public string? AttachmentLayout { get; init; }

    [JsonConverter(typeof(NullSkippingListConverter<Attachment>))]
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    [JsonConverter(typeof(NullSkippingListConverter<Entity>))]
    public IReadOnlyList<Entity>? Entities { get; init; }

    public JsonElement? ChannelData { get; init; }

    public JsonElement? Value { get; init; }

    /// <summary>For invoke and event activities: what is asked, e.g. <see cref="InvokeNames.AdaptiveCardAction"/>.</summary>
    public string? Name { get; init; }

    /// <summary>For installationUpdate: <see cref="InstallationActions"/>.</summary>
    public string? Action { get; init; }

    public string? Locale { get; init; }

    [JsonConverter(typeof(NullSkippingListConverter<ChannelAccount>))]
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    [JsonConverter(typeof(NullSkippingListConverter<ChannelAccount>))]
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>Reads <see cref="ChannelData"/> as Teams' channelData; null when absent or not shaped as Teams sends it.</summary>
    public TeamsChannelData? GetTeamsChannelData()
    {
        if (ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        try
        {
            return data.Deserialize(ConnectorJsonContext.Default.TeamsChannelData);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The reference that lets PlanBot reach this conversation again later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>The clientInfo entity's time zone, else <see cref="LocalTimezone"/>.</summary>
    public string? GetClientTimeZone() =>
        Entities?.FirstOrDefault(e => e.Type == Entity.ClientInfoType && !string.IsNullOrEmpty(e.Timezone))?.Timezone
        ?? LocalTimezone;

    /// <summary>A message addressed back into this activity's conversation, from the bot to the sender.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Text = text,
        Locale = Locale,
    };
}
