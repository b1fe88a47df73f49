using System.Text.Json;
using System.Text.Json.Serialization;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;

namespace PlanBot.Teams.Proactive;

/// <summary>What a reply outbox message carries: how and where to deliver it, and the activity as the turn addressed it.</summary>
internal sealed record ReplyPayload(
    [property: JsonPropertyName("kind")] DeferredReplyKind Kind,
    [property: JsonPropertyName("serviceUrl")] string ServiceUrl,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("activityId")] string? ActivityId,
    [property: JsonPropertyName("activity")] JsonElement Activity)
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    public static ReplyPayload Of(DeferredReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new ReplyPayload(
            reply.Kind,
            reply.ServiceUrl.AbsoluteUri,
            reply.ConversationId,
            reply.ActivityId,
            JsonSerializer.SerializeToElement(reply.Activity, ConnectorJsonContext.Default.Activity));
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <exception cref="JsonException">Not a payload of this shape.</exception>
    public static ReplyPayload FromJson(string json) =>
        JsonSerializer.Deserialize<ReplyPayload>(json, Options) ?? throw new JsonException("The reply payload is null.");

    /// <exception cref="JsonException">The activity is not one.</exception>
    public Activity ReadActivity() =>
        Activity.Deserialize(ConnectorJsonContext.Default.Activity) ?? throw new JsonException("The reply's activity is null.");
}
