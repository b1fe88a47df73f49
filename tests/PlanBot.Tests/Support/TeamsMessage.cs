using System.Text.Json.Nodes;

namespace PlanBot.Tests.Support;

/// <summary>A Teams 1:1 message activity as the Bot Connector posts it, for tests that talk to PlanBot over HTTP.</summary>
internal static class TeamsMessage
{
    public const string BotId = "28:planbot";

    public static JsonObject Personal(Uri serviceUrl, string conversationId, string userId, string text, string? aadObjectId = null) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "利用 者", ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PlanBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47" },
        ["text"] = text,
        ["locale"] = "ja-JP",
    };
}
