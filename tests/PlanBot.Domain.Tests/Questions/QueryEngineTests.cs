using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Questions;
using static PlanBot.Domain.Tests.Questions.QuestionFixtures;

namespace PlanBot.Domain.Tests.Questions;

public sealed class QueryEngineTests
{
    private static string[] Keys(QueryResult result) => result.Rows.Select(r => r.SubThemeKey).ToArray();

    [Fact]
    public void Execute_ManagerAsksQ3Delays_ReturnsExactlyTheDelayedSubThemes()
    {
        var result = Ask("第3四半期の遅延は?", Yamamoto);

        Assert.Equal(["1-1", "4-1", "5-1"], Keys(result));
        Assert.True(result.Access.Everything);
    }

    [Fact]
    public void Execute_LaterSubmissionInSameQuarter_Wins()
    {
        var row = Assert.Single(Ask("取組5の状況", Yamamoto).Rows);

        Assert.Equal(ProgressStatus.Delayed, row.Report?.Status);
        Assert.Equal(10, row.Report?.PercentComplete);
        Assert.Equal("講師の都合で延期", row.Report?.Comment);
    }

    [Fact]
    public void Execute_PreviousQuarter_UsesThatQuartersReports()
    {
        Assert.Equal(["15-1"], Keys(Ask("前期の遅延", Yamamoto)));
        Assert.Equal(["2-1"], Keys(Ask("前期の要注意", Yamamoto)));
    }

    [Fact]
    public void Execute_NoPeriod_UsesEachSubThemesLatestReport()
    {
        // 15-1 was last reported delayed in Q2; 1-1 moved from on track (Q2) to delayed (Q3).
        Assert.Equal(["1-1", "4-1", "5-1", "15-1"], Keys(Ask("遅延", Yamamoto)));
        Assert.DoesNotContain("1-1", Keys(Ask("順調", Yamamoto)));
    }

    [Fact]
    public void Execute_HalfYear_UsesLatestReportWithinTheHalf()
    {
        // 上期 = Q1–Q2: 1-1 was on track then; in Q3 it is delayed, which 上期 must not see.
        var keys = Keys(Ask("上期の順調", Yamamoto));

        Assert.Equal(["1-1", "3-1"], keys);
    }

    [Fact]
    public void Execute_MemberAsksQ3Delays_SeesOnlyOwnDepartment()
    {
        var result = Ask("第3四半期の遅延は?", Tanaka);

        Assert.Equal(["1-1"], Keys(result));
        Assert.False(result.Access.Everything);
        Assert.Equal("産業振興部", result.Access.Department);
    }

    [Fact]
    public void Execute_MemberAsksAboutOtherDepartment_GetsNothingAndTheDenial()
    {
        var result = Ask("地域共創部の遅延", Tanaka);

        Assert.Empty(result.Rows);
        Assert.Equal(["地域共創部"], result.Access.DeniedDepartments);
    }

    [Fact]
    public void Execute_MemberAsksAboutPersonInOtherDepartment_SeesOnlyTheirItemsInOwnScope()
    {
        // 鈴木 owns 4-1, 4-2, 5-1, 19-1 (地域共創部) and 13-1 (産業振興部, assigned); 田中 may see only 13-1.
        Assert.Equal(["13-1"], Keys(Ask("鈴木さんの担当", Tanaka)));
    }

    [Fact]
    public void Execute_MemberOwningItemOutsideDepartment_SeesThatItem()
    {
        var result = Ask("一覧", Suzuki);

        Assert.Equal(["4-1", "4-2", "5-1", "13-1", "19-1"], Keys(result));
    }

    [Fact]
    public void Execute_ExplicitOwners_ReplaceDepartmentMembers()
    {
        var row = Assert.Single(Ask("取組13", Yamamoto).Rows);

        Assert.Equal([Suzuki], row.Owners);
    }

    [Fact]
    public void Execute_TwoPeople_ReturnsEitherPersonsItems()
    {
        Assert.Equal(["4-1", "4-2", "5-1", "12-1", "13-1", "19-1"], Keys(Ask("鈴木さんと高橋さんの担当", Yamamoto)));
    }

    [Fact]
    public void Execute_NegatedStatus_ExcludesThatStatus()
    {
        var keys = Keys(Ask("第3四半期に遅延していない取組", Yamamoto));

        Assert.Equal(["3-1", "4-2", "12-1", "14-1", "19-1", "20-1"], keys);
    }

    [Fact]
    public void Execute_Mine_ReturnsItemsTheAskerOwns()
    {
        Assert.Equal(["1-1", "2-1", "3-1"], Keys(Ask("自分の担当", Tanaka)));
    }

    [Fact]
    public void Execute_Department_FiltersByInitiativeDepartment()
    {
        Assert.Equal(["12-1"], Keys(Ask("総務国際部", Yamamoto)));
        Assert.Equal(["20-1"], Keys(Ask("SR-防災の一覧", Yamamoto)));
    }

    [Fact]
    public void Execute_Strategy_FiltersByStrategyNumber()
    {
        Assert.Equal(["3-1", "4-1", "4-2"], Keys(Ask("重点戦略2", Yamamoto)));
    }

    [Fact]
    public void Execute_TitleFragment_FindsThatInitiative()
    {
        Assert.Equal(["15-1"], Keys(Ask("ジェンダーの状況", Yamamoto)));
    }

    [Theory]
    [InlineData("DXの取組", new[] { "3-1", "19-1" })] // 19-1 says デジタル, a DX synonym
    [InlineData("カーボンニュートラルの取組", new[] { "5-1" })] // plan text says 脱炭素 and CN
    [InlineData("輸出の取組", new[] { "4-1", "4-2" })] // title match covers both sub-themes
    [InlineData("防災の取組", new[] { "20-1" })] // only its department says 防災
    [InlineData("AIの取組", new string[0])] // "mail" in 12-1 must not match "ai"
    [InlineData("半導体の取組", new[] { "1-1", "2-1" })] // シリコン(アイランド) is a 半導体 term
    public void Execute_Topic_MatchesTitleLabelDepartmentAndPlanText(string question, string[] expected)
    {
        Assert.Equal(expected, Keys(Ask(question, Yamamoto)));
    }

    [Fact]
    public void Execute_UnansweredWithoutPeriod_ChecksTheLatestReportedQuarter()
    {
        var result = Ask("未回答の人は?", Yamamoto);

        Assert.Equal([Current], result.DueQuarters);
        Assert.Equal(["2-1", "13-1", "15-1"], Keys(result));
        Assert.Equal(
            new[] { Sato, Tanaka, Suzuki, Ito, Yamamoto }.Select(p => p.Email).Order(StringComparer.Ordinal),
            result.NotAnswered.Select(p => p.Person.Email).Order(StringComparer.Ordinal));
        Assert.Equal(["13-1"], result.NotAnswered.Single(p => p.Person == Suzuki).SubThemeKeys);
    }

    [Fact]
    public void Execute_UnansweredAsMember_ListsOnlyPeopleOfVisibleItems()
    {
        var result = Ask("未回答の人は?", Tanaka);

        Assert.Equal(["2-1", "13-1"], Keys(result));
        Assert.DoesNotContain(result.NotAnswered, p => p.Person == Ito || p.Person == Yamamoto);
    }

    [Fact]
    public void Execute_UnansweredForFutureQuarter_NothingIsDue()
    {
        var result = Ask("来期の未回答", Yamamoto);

        Assert.Empty(result.DueQuarters);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Execute_UnansweredForHalf_ListsMissingQuartersPerItem()
    {
        var row = Ask("上期の未回答", Yamamoto).Rows.Single(r => r.SubThemeKey == "1-1");

        Assert.Equal([new FiscalQuarter(2026, 1)], row.MissingQuarters);
    }

    [Fact]
    public void Execute_NoReportsAtAll_UnansweredMeansPreviousQuarter()
    {
        var data = new QueryData(Plan, [], QuestionFixtures.People, Current);

        var result = QueryEngine.Execute(Parse("未回答"), data, Yamamoto);

        Assert.Equal([Current.Previous], result.DueQuarters);
        Assert.Equal(Plan.SubThemes.Count(), result.Count);
    }

    [Fact]
    public void Execute_ProgressSummary_CountsStatusesAndAveragesPerDepartment()
    {
        var result = Ask("第3四半期の進捗", Yamamoto);

        var chiiki = result.Summaries.Single(s => s.Scope == "地域共創部");
        Assert.Equal(4, chiiki.Items);
        Assert.Equal(2, chiiki.Count(ProgressStatus.Delayed));
        Assert.Equal(1, chiiki.Count(ProgressStatus.NotStarted));
        Assert.Equal(1, chiiki.Count(ProgressStatus.AtRisk));
        Assert.Equal(0, chiiki.NoReport);
        Assert.Equal(18.8, chiiki.AveragePercent); // (20 + 0 + 10 + 45) / 4 = 18.75
        Assert.Equal(Plan.SubThemes.Count(), result.Totals.Items);
        Assert.Equal(3, result.Totals.NoReport); // 2-1, 13-1, 15-1
    }

    [Fact]
    public void Execute_Kgi_ReturnsThisYearsTargets()
    {
        var row = Assert.Single(Ask("取組3のKGIは?", Yamamoto).Rows);

        Assert.Equal(["DX実装支援 5社/年"], row.PlanItems.Select(i => i.Text));
    }

    [Fact]
    public void Execute_PlanFor2024Quarter_ReturnsThatQuartersColumn()
    {
        var row = Assert.Single(Ask("2024年度第3四半期の取組1の計画", Yamamoto).Rows);

        Assert.Equal(["2024年度第3四半期の活動"], row.PlanItems.Select(i => i.Text));
        Assert.Empty(Assert.Single(Ask("2024年度第2四半期の取組1の計画", Yamamoto).Rows).PlanItems);
    }

    [Fact]
    public void Execute_Count_CountsWithoutListingLimits()
    {
        var result = Ask("遅延は何件?", Yamamoto);

        Assert.Equal(4, result.Count);
        Assert.Equal(QueryIntent.Count, result.Query.Intent);
    }

    [Fact]
    public void Execute_AdminWithoutDepartment_SeesEverything()
    {
        Assert.Equal(Plan.SubThemes.Count(), Ask("一覧", Nakamura).Count);
    }

    [Fact]
    public void Execute_MemberWithoutDepartment_SeesOnlyAssignedItems()
    {
        var loner = new Person("小林 誠", "kobayashi@example.jp", null, null, PersonRole.Member);
        var owners = new Dictionary<string, IReadOnlyList<string>> { ["12-1"] = [loner.Email] };
        var data = new QueryData(Plan, Reports, [.. QuestionFixtures.People, loner], Current, owners);

        var result = QueryEngine.Execute(Parse("一覧", loner), data, loner);

        Assert.Equal(["12-1"], Keys(result));
    }
}
