using PlanBot.Domain.Calendar;
using PlanBot.Teams.Proactive;
using PlanBot.Teams.Reminders;

namespace PlanBot.Teams.Tests.Reminders;

public sealed class RemindNowTextsTests
{
    private static readonly FiscalQuarter Q3 = new(2026, 3);

    [Fact]
    public void Queued_EveryOwnerReachable_PromisesEveryCard()
    {
        var text = RemindNowTexts.Queued(Q3, new DispatchReach(6, 6, 7, []));

        Assert.EndsWith("担当者 6名にカード 7枚を順に送ります。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Queued_FiveOfSixWithoutAChatOrTeam_PromisesOneCardAndSaysWhyInOneLine()
    {
        var text = RemindNowTexts.Queued(Q3, new DispatchReach(6, 1, 1, Enumerable.Repeat(UnreachableReason.NoChatAndNoTeam, 5).ToArray()));

        Assert.EndsWith(
            "担当者 6名のうち 1名にカード 1枚を順に送ります。5名には届けられません（PlanBot との個人チャットがなく、PlanBot を追加したチームもないため）。「名簿確認」で確認できます。",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text);
    }

    [Fact]
    public void Queued_NobodyReachableForTwoReasons_PromisesNothingAndCountsEachReason()
    {
        var text = RemindNowTexts.Queued(Q3, new DispatchReach(3, 0, 0, [UnreachableReason.NoChatAndNoTeam, UnreachableReason.ChatClosed, UnreachableReason.NoChatAndNoTeam]));

        Assert.Contains("担当者 3名の誰にも届けられません（2名は PlanBot との個人チャットがなく、PlanBot を追加したチームもないため、1名は PlanBot が削除またはブロックされているため）", text, StringComparison.Ordinal);
        Assert.DoesNotContain("送ります", text, StringComparison.Ordinal);
    }
}
