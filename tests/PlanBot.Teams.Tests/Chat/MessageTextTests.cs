using PlanBot.Connector.Schema;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Tests.Chat;

public sealed class MessageTextTests
{
    [Theory]
    [InlineData("名簿確認", "名簿確認")]
    [InlineData(" 名簿確認。", "名簿確認")]
    [InlineData("リマインド送信 2026Q3！", "リマインド送信 2026Q3")]
    [InlineData("ダイジェスト停止.!", "ダイジェスト停止")]
    [InlineData("第3四半期の遅延は?", "第3四半期の遅延は?")]
    public void CommandOf_ClosingPunctuation_IsIgnored(string text, string command)
    {
        Assert.Equal(command, MessageText.CommandOf(text));
    }

    [Fact]
    public void Of_ChannelMessageMentioningPlanBot_IsTheCommandAloneNormalised()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>PlanBot</at>　名簿確認！",
            Recipient = new ChannelAccount { Id = "28:planbot" },
            Entities = [new Entity { Type = Entity.MentionType, Mentioned = new ChannelAccount { Id = "28:planbot" }, Text = "<at>PlanBot</at>" }],
        };

        Assert.Equal("名簿確認", MessageText.CommandOf(MessageText.Of(activity)));
    }
}
