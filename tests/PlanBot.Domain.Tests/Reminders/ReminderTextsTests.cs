using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;

namespace PlanBot.Domain.Tests.Reminders;

public sealed class ReminderTextsTests
{
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

    [Fact]
    public void Message_EveryProblem_IsOnePoliteSentence()
    {
        foreach (var problem in Enum.GetValues<AnswerProblem>())
        {
            var message = ReminderTexts.Message(problem);
            Assert.EndsWith("。", message, StringComparison.Ordinal);
            Assert.DoesNotContain("。", message[..^1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Message_CommentTooLong_NamesTheLimit()
    {
        Assert.Equal($"コメントは{ReminderTexts.MaxCommentLength}文字以内でお願いします。", ReminderTexts.Message(AnswerProblem.CommentTooLong));
    }
}
