using System.Text.Json.Serialization;

namespace PlanBot.Connector.Schema;

/// <summary>The one place the connector's JSON shape is decided: camelCase names, nulls omitted, source-generated.</summary>
[JsonSourceGenerationOptions(
    System.Text.Json.JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = false)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(TeamsChannelAccount))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(FileConsentCard))]
[JsonSerializable(typeof(FileConsentCardResponse))]
[JsonSerializable(typeof(FileInfoCard))]
public sealed partial class ConnectorJsonContext : JsonSerializerContext;
