using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Reminders;
using PlanBot.Teams.Tests.Cards;

namespace PlanBot.Teams.Tests.Reminders;

public sealed class ManagerNoticeCardTests
{
    private static readonly FiscalQuarter Q3 = new(2026, 3);

    private static readonly ManagerNotice TwoDepartments = new(Q3,
    [
        new DepartmentUnanswered("産業振興部", [Owner("田中 一郎", "産業振興部", "1-1", "2-1", "3-1"), Owner("高橋 <b>三郎</b>", "産業振興部", "4-1")]),
        new DepartmentUnanswered(null, [Owner("佐藤 次郎", null, "15-1")]),
    ]);

    [AdaptiveCardSchemaFact]
    public void Build_SomeUnanswered_ValidAdaptiveCard15()
    {
        AdaptiveCardSchema.Shared.AssertValid(ManagerNoticeCard.Build(TwoDepartments));
    }

    [AdaptiveCardSchemaFact]
    public void Build_EveryoneAnswered_ValidAdaptiveCard15()
    {
        AdaptiveCardSchema.Shared.AssertValid(ManagerNoticeCard.Build(new ManagerNotice(Q3, [])));
    }

    [Fact]
    public void Build_SomeUnanswered_ListsEachOwnerUnderTheirDepartmentWithTheirCount()
    {
        var texts = CardJson.Texts(CardJson.Of(ManagerNoticeCard.Build(TwoDepartments)));

        Assert.Equal(
            [
                "2026年度 第3四半期 進捗報告の未回答者",
                "2026年度 第3四半期の進捗報告で、まだ回答のない方が3名います。声かけをお願いします。",
                "産業振興部(2名)",
                "田中 一郎さん: 未回答 3件",
                "高橋 <b>三郎</b>さん: 未回答 1件",
                "（部署未設定）(1名)",
                "佐藤 次郎さん: 未回答 1件",
            ],
            texts);
    }

    [Fact]
    public void Build_EveryoneAnswered_ThanksInsteadOfAList()
    {
        var texts = CardJson.Texts(CardJson.Of(ManagerNoticeCard.Build(new ManagerNotice(Q3, []))));

        Assert.Equal(["2026年度 第3四半期 進捗報告の未回答者", "2026年度 第3四半期の進捗報告は、全員から回答をいただきました。ご協力ありがとうございました。"], texts);
    }

    private static UnansweredOwner Owner(string name, string? department, params string[] keys) =>
        new(new Person(name, $"{keys[0]}@example.jp", null, department, PersonRole.Member), keys);
}
