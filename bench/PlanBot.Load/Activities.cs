using System.Globalization;
using System.Text.Json;
using PlanBot.Domain.Calendar;

namespace PlanBot.Load;

/// <summary>The activities Teams would send for the measured turns, as JSON bytes.</summary>
internal static class Activities
{
    private static readonly string[] Questions = ["第3四半期の遅延は?", "産業振興部の進捗", "未回答は?", "DXの計画は?", "取組5の状況"];

    private static readonly string[] Statuses = ["順調", "要注意", "遅延", "完了"];

    /// <summary>An owner's answer to their card through Action.Execute (an adaptiveCard/action invoke).</summary>
    public static byte[] CardAnswer(Uri serviceUrl, CardOwner owner, FiscalQuarter quarter, int n)
    {
        var key = owner.SubThemeKey;
        var data = new Dictionary<string, object>
        {
            ["verb"] = "progress.submit",
            ["cycleId"] = quarter.ToString(),
            ["cardId"] = owner.CardId,
            ["status:" + key] = Statuses[n % Statuses.Length],
            ["percent:" + key] = (n % 101).ToString(CultureInfo.InvariantCulture),
            ["comment:" + key] = "関係団体との調整を進めています(" + n.ToString(CultureInfo.InvariantCulture) + ")",
        };
        return Serialize(new Dictionary<string, object>
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = "c-" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow,
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new Dictionary<string, object> { ["id"] = owner.UserId, ["aadObjectId"] = owner.Person.AadObjectId!, ["name"] = owner.Person.Name },
            ["recipient"] = new Dictionary<string, object> { ["id"] = LoadStores.BotId, ["name"] = "PlanBot" },
            ["conversation"] = new Dictionary<string, object> { ["id"] = owner.ConversationId, ["conversationType"] = "personal", ["tenantId"] = LoadStores.TenantId },
            ["channelData"] = new Dictionary<string, object> { ["tenant"] = new Dictionary<string, object> { ["id"] = LoadStores.TenantId } },
            ["value"] = new Dictionary<string, object>
            {
                ["action"] = new Dictionary<string, object> { ["type"] = "Action.Execute", ["verb"] = "progress.submit", ["data"] = data },
                ["trigger"] = "manual",
            },
        });
    }

    /// <summary>A question in one of <paramref name="chats"/> 1:1 chats of the asker (spread so no chat's pacing binds).</summary>
    public static (string Id, byte[] Body) Question(Uri serviceUrl, SeededStore store, int n, int chats)
    {
        var id = "q-" + Guid.NewGuid().ToString("N");
        var asker = store.Asker;
        return (id, Serialize(new Dictionary<string, object>
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = DateTimeOffset.UtcNow,
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["text"] = Questions[n % Questions.Length],
            ["textFormat"] = "plain",
            ["from"] = new Dictionary<string, object> { ["id"] = "29:asker", ["aadObjectId"] = asker.AadObjectId!, ["name"] = asker.Name },
            ["recipient"] = new Dictionary<string, object> { ["id"] = LoadStores.BotId, ["name"] = "PlanBot" },
            ["conversation"] = new Dictionary<string, object>
            {
                ["id"] = "a:asker-" + (n % chats).ToString(CultureInfo.InvariantCulture),
                ["conversationType"] = "personal",
                ["tenantId"] = LoadStores.TenantId,
            },
            ["channelData"] = new Dictionary<string, object> { ["tenant"] = new Dictionary<string, object> { ["id"] = LoadStores.TenantId } },
            ["locale"] = "ja-JP",
        }));
    }

    private static byte[] Serialize(Dictionary<string, object> activity) => JsonSerializer.SerializeToUtf8Bytes(activity);
}
