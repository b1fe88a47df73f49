using PlanBot.Teams.Tests.Cards;
using PlanBot.Teams.Welcome;

namespace PlanBot.Teams.Tests.Welcome;

public sealed class TeamWelcomeCardTests
{
    [AdaptiveCardSchemaFact]
    public void Build_Always_ValidAdaptiveCard15()
    {
        AdaptiveCardSchema.Shared.AssertValid(TeamWelcomeCard.Build());
    }

    [Fact]
    public void Build_Always_ExplainsHowToChooseAndStopTheDigestChannel()
    {
        var texts = CardJson.Texts(CardJson.Of(TeamWelcomeCard.Build()));

        Assert.Contains("@PlanBot ダイジェストをここに投稿", texts);
        Assert.Contains(texts, t => t.Contains("「@PlanBot ダイジェスト停止」", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("個人チャット", StringComparison.Ordinal));
    }
}
