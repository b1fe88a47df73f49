using System.Text;
using PlanBot.Domain.Questions;
using static PlanBot.Domain.Tests.Questions.QuestionFixtures;

namespace PlanBot.Domain.Tests.Questions;

public sealed class AnswerTextTests
{
    [Fact]
    public void Render_Q3Delays_HeadingScopeGroupsAndItems()
    {
        var text = AnswerText.Render(Ask("第3四半期の遅延は?", Yamamoto));
        var lines = text.Split(Environment.NewLine);

        Assert.Equal("2026年度 第3四半期・遅延: 3件", lines[0]);
        Assert.Equal("対象: すべての部署", lines[1]);
        Assert.Contains("■ 重点戦略3 GX推進および将来にわたって産業と生活を支えるエネルギーの安定供給に資する取組み", lines);
        Assert.Contains("・5. 地域企業の環境経営の支援", lines);
        Assert.Contains("・全体: 3件(遅延 3) 平均進捗 23.3%", lines);
        Assert.Contains("  部署: 地域共創部 / 担当: 鈴木 一郎 / 状況: 遅延 / 進捗: 10% / 報告者: 鈴木 一郎 / 報告日: 2026/11/20(2026年度 第3四半期) / コメント: 講師の都合で延期", lines);
    }

    [Fact]
    public void Render_Empty_NamesTheFilters()
    {
        var text = AnswerText.Render(Ask("第2四半期の中止", Yamamoto));

        Assert.StartsWith("条件に合う取組はありませんでした(条件: 2026年度 第2四半期・中止)。", text, StringComparison.Ordinal);
        Assert.Contains(QuestionTexts.SuggestionsHeading, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NotUnderstood_GivesSuggestionsAndHelp()
    {
        var text = AnswerText.Render(Ask("今日の天気は?", Tanaka));

        Assert.StartsWith(QuestionTexts.NotUnderstood, text, StringComparison.Ordinal);
        Assert.Contains("・今期の遅延は?", text, StringComparison.Ordinal);
        Assert.Contains(QuestionTexts.HelpLines[1], text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PastCap_EndsWithMoreLine()
    {
        var result = QueryEngine.Execute(Parse("遅延"), AnswerBuilderTests.LargeData(40, commentLength: 5_000), Yamamoto);

        var text = AnswerText.Render(result);

        Assert.Contains($"{Environment.NewLine}ほか 25件", text, StringComparison.Ordinal);

        // 40 items with 5,000-character comments still render small: far below Teams' 100 KB card limit.
        Assert.InRange(Encoding.UTF8.GetByteCount(text), 1, 20_000);
    }

    [Fact]
    public void Render_AnswerModel_EndsWithSingleNewline()
    {
        var text = AnswerText.Render(Ask("一覧", Tanaka));

        Assert.EndsWith(Environment.NewLine, text, StringComparison.Ordinal);
        Assert.False(text.EndsWith(Environment.NewLine + Environment.NewLine, StringComparison.Ordinal));
    }
}
