using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Reminders;

namespace PlanBot.Domain.Tests.Reminders;

public sealed class ReminderTextsTests
{
    [Theory]
    [InlineData("2024Q2", "2024年度 第2四半期の計画")]
    [InlineData("2024KGI", "2024年度 到達目標・KGI")]
    [InlineData("2026PLAN", "2026年度 アクションプラン")]
    public void PeriodHeading_EachKindOfColumn_ReadsAsTheDocumentSaysIt(string code, string expected)
    {
        Assert.Equal(expected, ReminderTexts.PeriodHeading(PlanPeriod.FromCode(code)));
    }

    [Theory]
    [InlineData(NothingToAsk.BeforePlan, "2023年度 第4四半期は計画の開始前のため、確認する項目はありません。")]
    [InlineData(NothingToAsk.NoOwners, "2023年度 第4四半期の項目に担当者がいないため、送信先がありません。")]
    public void NothingToAskText_EachReason_IsOneSentence(NothingToAsk reason, string expected)
    {
        Assert.Equal(expected, ReminderTexts.NothingToAskText(FiscalQuarter.Parse("2023Q4"), reason));
    }

    [Fact]
    public void AlreadySent_Quarter_NamesIt()
    {
        Assert.Equal("2026年度 第3四半期のリマインドは送信済みです。", ReminderTexts.AlreadySent(FiscalQuarter.Parse("2026Q3")));
    }
}
