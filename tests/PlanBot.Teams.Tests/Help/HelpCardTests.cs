using PlanBot.Teams.Chat;
using PlanBot.Teams.Help;
using PlanBot.Teams.Tests.Cards;

namespace PlanBot.Teams.Tests.Help;

public sealed class HelpCardTests
{
    [AdaptiveCardSchemaTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void Build_ForAnyone_ValidAdaptiveCard15(bool admin)
    {
        AdaptiveCardSchema.Shared.AssertValid(HelpCard.Build(admin));
    }

    [Fact]
    public void Build_ForAdmin_ListsEveryCommandWithExamples()
    {
        var facts = CardJson.OfType(CardJson.Of(HelpCard.Build(showAdminCommands: true)), "FactSet")
            .SelectMany(f => f["facts"]!.AsArray())
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

        Assert.Equal(["ヘルプ", "進捗", "遅延", "未回答", "ダイジェスト", "エクスポート", "リマインド送信", "ダイジェストをここに投稿", "ダイジェスト停止", "名簿確認"], facts.Keys);
        Assert.Contains("「産業振興部の進捗」", facts["進捗"], StringComparison.Ordinal);
        Assert.Contains("「第3四半期の遅延は?」", facts["遅延"], StringComparison.Ordinal);
        Assert.Contains("「未回答は?」", facts["未回答"], StringComparison.Ordinal);
        Assert.Contains("「リマインド送信 2026Q3」", facts["リマインド送信"], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ForAdmin_ListsEveryRowOfTheCommandTable()
    {
        var facts = CardJson.OfType(CardJson.Of(HelpCard.Build(showAdminCommands: true)), "FactSet")
            .SelectMany(f => f["facts"]!.AsArray())
            .Select(f => ((string)f!["title"]!, (string)f!["value"]!));

        Assert.Equal(ChatCommands.All.Select(c => (c.Name, c.Help)), facts);
    }

    [Fact]
    public void Build_ForMember_NoAdminCommands()
    {
        var texts = CardJson.Texts(CardJson.Of(HelpCard.Build(showAdminCommands: false)));

        Assert.Contains("ダイジェスト", texts);
        Assert.DoesNotContain("リマインド送信", texts);
        Assert.DoesNotContain("ダイジェストをここに投稿", texts);
        Assert.DoesNotContain("名簿確認", texts);
    }

    [Fact]
    public void Build_Always_ShowsQuestionExamples()
    {
        var texts = CardJson.Texts(CardJson.Of(HelpCard.Build(showAdminCommands: false)));

        Assert.Contains("- 「第3四半期の遅延は?」\n- 「産業振興部の進捗」\n- 「未回答は?」", texts);
    }
}
