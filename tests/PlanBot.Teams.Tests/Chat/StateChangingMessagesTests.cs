using System.Text.Json;
using PlanBot.Connector.Schema;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Tests.Chat;

public sealed class StateChangingMessagesTests
{
    private readonly StateChangingMessages policy = new();

    [Fact]
    public void ChangesState_InTheTable_IsTheCommandsThatStoreSomething()
    {
        Assert.Equal(
            ["リマインド送信", "ダイジェストをここに投稿", "ダイジェスト停止"],
            ChatCommands.All.Where(c => c.ChangesState).Select(c => c.Name));
    }

    [Theory]
    [InlineData("リマインド送信", true)]
    [InlineData("remind 2026Q3", true)]
    [InlineData("<at>PlanBot</at> ダイジェストをここに投稿", true)]
    [InlineData("ダイジェスト停止", true)]
    [InlineData("ヘルプ", false)]
    [InlineData("名簿確認", false)]
    [InlineData("第3四半期の遅延は?", false)]
    [InlineData("", false)]
    public void RunsBeforeAcknowledging_Message_OnlyForCommandsThatChangeState(string text, bool expected)
    {
        Assert.Equal(expected, policy.RunsBeforeAcknowledging(Message(text)));
    }

    [Fact]
    public void RunsBeforeAcknowledging_ProgressCardAnswerSentAsAMessage_IsRunFirst()
    {
        var activity = Message("") with
        {
            Value = JsonDocument.Parse("""{ "verb": "progress.submit", "cycleId": "cycle-2026Q3", "cardId": "card-7" }""").RootElement,
        };

        Assert.True(policy.RunsBeforeAcknowledging(activity));
    }

    [Fact]
    public void RunsBeforeAcknowledging_NotAMessage_IsQueued()
    {
        var activity = Message("リマインド送信") with { Type = ActivityTypes.ConversationUpdate };

        Assert.False(policy.RunsBeforeAcknowledging(activity));
    }

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:planbot" },
        Entities = [new Entity { Type = Entity.MentionType, Mentioned = new ChannelAccount { Id = "28:planbot" }, Text = "<at>PlanBot</at>" }],
    };
}
