using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>
/// A connector error body. The documented shape is {"error":{"code","message"}}; Teams also answers
/// {"errorCode":209,"message":"{ \"subCode\": \"MessageWritesBlocked\" … }"} for blocked chats.
/// </summary>
public sealed record ErrorResponse
{
    public ErrorDetail? Error { get; init; }

    public JsonElement? ErrorCode { get; init; }

    public string? Message { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
