using System.Text.Json;

namespace PlanBot.Connector.Schema;

/// <summary>The synchronous answer to an invoke: written as the HTTP status and JSON body of the inbound request.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null)
{
    public static InvokeResponse Ok<T>(T body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo) =>
        new(200, JsonSerializer.SerializeToElement(body, typeInfo));
}
