using PlanBot.Teams.Tests.Cards;
using PlanBot.Teams.Welcome;

namespace PlanBot.Teams.Tests.Welcome;

public sealed class PersonalWelcomeCardTests
{
    [AdaptiveCardSchemaTheory]
    [InlineData("山田 花子")]
    [InlineData(null)]
    public void Build_WithOrWithoutName_ValidAdaptiveCard15(string? name)
    {
        AdaptiveCardSchema.Shared.AssertValid(PersonalWelcomeCard.Build(name));
    }

    [Fact]
    public void Build_KnownPerson_GreetsByNameAndExplainsRemindersAndQuestions()
    {
        var texts = CardJson.Texts(CardJson.Of(PersonalWelcomeCard.Build("山田 花子")));

        Assert.Contains("山田 花子さん、はじめまして。PlanBot です。", texts);
        Assert.Contains(texts, t => t.Contains("進捗報告カード", StringComparison.Ordinal) && t.Contains("締め切りまでは何度でも修正できます", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("「第3四半期の遅延は?」", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("「ヘルプ」", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NameWithMarkdown_ShownVerbatim()
    {
        var json = CardJson.Of(PersonalWelcomeCard.Build("**山田**"));

        Assert.Contains(CardJson.OfType(json, "TextRun"), r => (string?)r["text"] == "**山田**さん、はじめまして。PlanBot です。");
    }

    [Fact]
    public void Build_UnknownPerson_GreetsWithoutName()
    {
        Assert.Contains("はじめまして。PlanBot です。", CardJson.Texts(CardJson.Of(PersonalWelcomeCard.Build("  "))));
    }
}
