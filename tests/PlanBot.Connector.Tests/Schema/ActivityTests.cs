using System.Text.Json;
using System.Text.Json.Nodes;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Tests.Schema;

public sealed class ActivityTests
{
    private const string InstallInTeam = """
        {
          "type": "installationUpdate",
          "action": "add",
          "id": "f:123",
          "serviceUrl": "https://smba.trafficmanager.net/jp/",
          "channelId": "msteams",
          "from": { "id": "29:1owner", "aadObjectId": "oid-owner" },
          "recipient": { "id": "28:bot", "name": "PlanBot" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "t-1", "id": "19:general@thread.tacv2" },
          "channelData": {
            "settings": { "selectedChannel": { "id": "19:general@thread.tacv2" } },
            "channel": { "id": "19:general@thread.tacv2" },
            "team": { "aadGroupId": "group-1", "name": "経営企画", "id": "19:general@thread.tacv2" },
            "tenant": { "id": "t-1" },
            "source": { "name": "message" }
          },
          "locale": "ja-JP",
          "replyToId": null
        }
        """;

    [Fact]
    public void Deserialize_TeamsInstall_ReadsTeamChannelAndTenant()
    {
        var activity = JsonSerializer.Deserialize(InstallInTeam, ConnectorJsonContext.Default.Activity)!;

        var channelData = activity.GetTeamsChannelData()!;
        Assert.Equal(InstallationActions.Add, activity.Action);
        Assert.Equal("経営企画", channelData.Team?.Name);
        Assert.Equal("group-1", channelData.Team?.AadGroupId);
        Assert.Equal("t-1", channelData.Tenant?.Id);
        Assert.True(channelData.AdditionalProperties!.ContainsKey("settings"));
    }

    [Fact]
    public void Serialize_AfterDeserialize_KeepsEveryFieldTeamsSent()
    {
        var activity = JsonSerializer.Deserialize(InstallInTeam, ConnectorJsonContext.Default.Activity)!;

        var echoed = JsonNode.Parse(JsonSerializer.Serialize(activity, ConnectorJsonContext.Default.Activity))!;

        var original = JsonNode.Parse(InstallInTeam)!.AsObject();
        original.Remove("replyToId"); // null is omitted on the way out
        Assert.True(JsonNode.DeepEquals(original, echoed), echoed.ToJsonString());
    }

    [Fact]
    public void GetConversationReference_Message_CarriesWhatProactiveSendsNeed()
    {
        var activity = JsonSerializer.Deserialize(InstallInTeam, ConnectorJsonContext.Default.Activity)!;

        var reference = activity.GetConversationReference();

        Assert.Equal("28:bot", reference.Bot?.Id);
        Assert.Equal("29:1owner", reference.User?.Id);
        Assert.Equal("oid-owner", reference.User?.AadObjectId);
        Assert.Equal("19:general@thread.tacv2", reference.Conversation?.Id);
        Assert.Equal("https://smba.trafficmanager.net/jp/", reference.ServiceUrl);
        Assert.Equal("ja-JP", reference.Locale);
    }

    [Fact]
    public void CreateReply_Message_SwapsFromAndRecipientAndThreads()
    {
        var activity = JsonSerializer.Deserialize(InstallInTeam, ConnectorJsonContext.Default.Activity)!;

        var reply = activity.CreateReply("ようこそ");

        Assert.Equal("28:bot", reply.From?.Id);
        Assert.Equal("29:1owner", reply.Recipient?.Id);
        Assert.Equal("f:123", reply.ReplyToId);
        Assert.Equal(ActivityTypes.Message, reply.Type);
    }

    [Fact]
    public void GetTeamsChannelData_UnexpectedShape_Null()
    {
        var activity = JsonSerializer.Deserialize("""{"type":"message","channelData":{"team":"not-an-object"}}""", ConnectorJsonContext.Default.Activity)!;

        Assert.Null(activity.GetTeamsChannelData());
    }
}
