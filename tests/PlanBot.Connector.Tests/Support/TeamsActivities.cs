using System.Text.Json.Nodes;

namespace PlanBot.Connector.Tests.Support;

/// <summary>Teams-shaped activity JSON, including fields PlanBot does not model.</summary>
public static class TeamsActivities
{
    public const string ConversationId = "a:1qhNLwS8ZC-personal;messageid=1481567603816";

    public static string Message(string serviceUrl, string id = "1481567603816", string text = "こんにちは", string channelId = "msteams") =>
        new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = "2026-11-28T01:02:03.456Z",
            ["localTimestamp"] = "2026-11-28T10:02:03.456+09:00",
            ["localTimezone"] = "Asia/Tokyo",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = channelId,
            ["from"] = new JsonObject { ["id"] = "29:1user", ["name"] = "山田 太郎", ["aadObjectId"] = "6b5c2f60-0000-4000-8000-000000000001" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + TestIssuer.AppId, ["name"] = "PlanBot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["text"] = text,
            ["textFormat"] = "plain",
            ["locale"] = "ja-JP",
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "clientInfo", ["locale"] = "ja-JP", ["country"] = "JP", ["platform"] = "Windows", ["timezone"] = "Asia/Tokyo",
            }),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["futureTeamsField"] = new JsonObject { ["nested"] = new JsonArray(1, 2, 3) },
        }.ToJsonString();

    public static string Invoke(string serviceUrl, string name, string id = "invoke-1") =>
        new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = name,
            ["id"] = id,
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = "29:1user" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + TestIssuer.AppId },
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "submitProgress", ["data"] = new JsonObject { ["status"] = "順調" } },
                ["trigger"] = "manual",
            },
        }.ToJsonString();
}
