using PlanBot.Domain.Calendar;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Questions;
using static PlanBot.Domain.Tests.Questions.SeedQuestions;

namespace PlanBot.Domain.Tests.Questions;

/// <summary>The query engine on the real plan: changes between periods, runs of quarters, groupings and what is withheld.</summary>
public sealed class QueryEngineSeedTests
{
    private static string[] Keys(QueryResult result) => [.. result.Rows.Select(r => r.SubThemeKey)];

    [Fact]
    public void Execute_WorseThanPreviousQuarter_ComparesTheOpenRoundWithTheQuarterBefore()
    {
        var result = Ask("前期から悪化した取組", Yamamoto);

        Assert.Equal(["1-1", "5-2", "5-3", "7-3", "9-1", "18-1", "20-2", "21-2"], Keys(result));
        Assert.Equal(Current, result.Anchor);
        var row = result.Rows[0];
        Assert.Equal(ProgressStatus.OnTrack, row.Previous?.Status);
        Assert.Equal(new FiscalQuarter(2026, 2), row.Previous?.Quarter);
        Assert.Equal(ProgressStatus.Delayed, row.Report?.Status);
    }

    [Fact]
    public void Execute_WorseInANamedQuarter_ComparesThatQuarterWithTheOneBefore()
    {
        var result = Ask("第2四半期に悪化した取組", Yamamoto);

        Assert.Equal(["2-1", "7-3", "12-1", "13-1", "17-1", "20-5", "22-2"], Keys(result));
        Assert.Equal(new FiscalQuarter(2026, 2), result.Anchor);
    }

    [Fact]
    public void Execute_Better_CancelledIsNeitherBetterNorWorse()
    {
        Assert.Equal(["3-1", "8-1", "20-3", "22-5"], Keys(Ask("前期から改善した取組", Yamamoto)));
        Assert.DoesNotContain("14-1", Keys(Ask("前期から悪化した取組", Yamamoto)));
        Assert.Contains("14-1", Keys(Ask("前期から変わった取組", Yamamoto)));
    }

    [Fact]
    public void Execute_ChangedSinceLastWeek_ComparesWithTheReportBeforeThatDay()
    {
        var result = Ask("先週から変わったのは?", Yamamoto);

        // 9-1 was on track on 11-10 and at risk on 11-22; 17-1 was sent again on 11-27, still delayed.
        Assert.Equal(["1-1", "5-3", "9-1", "20-2"], Keys(result));
        var nine = result.Rows.Single(r => r.SubThemeKey == "9-1");
        Assert.Equal((ProgressStatus.OnTrack, Current), (nine.Previous!.Status, nine.Previous.Quarter));
        Assert.Contains("17-1", Keys(Ask("先週の報告", Yamamoto)));
    }

    [Fact]
    public void Execute_ThisWeek_CountsFromMonday() =>
        Assert.Equal(["1-1", "5-3", "17-1", "20-2"], Keys(Ask("今週更新された取組", Yamamoto)));

    [Fact]
    public void Execute_DelayedTwoQuartersRunning_ShowsTheRun()
    {
        var result = Ask("2四半期続けて遅延しているのは?", Yamamoto);

        Assert.Equal(["4-1", "17-1", "22-2"], Keys(result));
        Assert.All(result.Rows, r => Assert.Equal([new FiscalQuarter(2026, 2), Current], r.Trail.Select(t => t.Quarter)));
        Assert.Equal(["4-1"], Keys(Ask("3四半期連続の遅延", Yamamoto)));
    }

    [Fact]
    public void Execute_RunForASubThemeNotYetReportedThisRound_EndsWithTheQuarterBefore()
    {
        // 13-1: on track in Q1, delayed in Q2, no Q3 report yet; 2-1: on track then at risk.
        Assert.Empty(Keys(Ask("2四半期続けて遅延", Yamamoto)).Intersect(["13-1"]));
        Assert.Contains("13-1", Keys(Ask("第2四半期の遅延", Yamamoto)));
    }

    [Fact]
    public void Execute_ByOwner_CountsARowForEachOfItsOwners()
    {
        var result = Ask("担当者ごとの進捗", Yamamoto);

        var kobayashi = result.Summaries.Single(s => s.Scope == Kobayashi.Name);
        Assert.Equal(2, kobayashi.Items);
        Assert.Equal(1, kobayashi.Count(ProgressStatus.Delayed));
        Assert.Equal(1, result.Summaries.Single(s => s.Scope == QuestionTexts.NoOwner).Items); // 16-1
    }

    [Fact]
    public void Execute_NoDepartment_OnlyInitiativesThePlanGivesNone() =>
        Assert.Equal(["15-1", "16-1", "17-1", "18-1", "19-1"], Keys(Ask("担当部署なしの取組", Yamamoto)));

    [Fact]
    public void Execute_MemberNamesAnInitiativeOutsideTheirScope_ItIsWithheldAndSaid()
    {
        var result = Ask("取組4の状況", Tanaka);

        Assert.Empty(result.Rows);
        Assert.Equal([4], result.WithheldInitiatives);
        Assert.Contains("取組4はご覧いただける範囲にないため、含めていません。", AnswerBuilder.Build(result).Notes);
    }

    [Fact]
    public void Execute_MemberNamesAPersonWhoseItemsTheyMayNotSee_ItIsSaid()
    {
        var answer = Answer("田中さんの担当", Suzuki);

        Assert.Equal(AnswerKind.Empty, answer.Kind);
        Assert.Contains("田中 太郎さんの担当のうち、ご覧いただける範囲にないものは含めていません。", answer.Notes);
    }

    [Fact]
    public void Execute_MemberNamesAPersonOfTheirOwnDepartment_NothingIsSaidWithheld() =>
        Assert.Empty(Ask("佐藤 健さんの担当", Suzuki).WithheldPeople);

    [Fact]
    public void Execute_InitiativeNotInThePlan_IsSaid()
    {
        var answer = AnswerBuilder.Build(Ask("取組99の状況", Yamamoto));

        Assert.Equal(AnswerKind.Empty, answer.Kind);
        Assert.Contains("取組99は計画にありません(取組は1〜22です)。", answer.Notes);
    }

    [Fact]
    public void Execute_Reporter_IsFoundOnTheRoster()
    {
        var row = Assert.Single(Ask("取組12の状況", Yamamoto).Rows);

        Assert.Equal(Takahashi, row.Reporter);
    }

    [Fact]
    public void Execute_History_OneReportPerQuarterOldestFirst()
    {
        var row = Assert.Single(Ask("取組9の履歴", Yamamoto).Rows);

        Assert.Equal([1, 2, 3], row.Trail.Select(r => r.Quarter.Quarter));
        Assert.Equal(ProgressStatus.AtRisk, row.Trail[^1].Status); // the later of the two Q3 reports
    }

    [Fact]
    public void Execute_SplitInitiativeWithoutLabels_PartsAreToldApartByTheirFirstAction()
    {
        var labels = Ask("取組22の状況", Yamamoto).Rows.Select(r => r.SubThemeLabel).ToList();

        Assert.Equal(5, labels.Distinct().Count());
        Assert.All(labels, l => Assert.StartsWith("22-", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Data_ReportsOf_AreInOrderAndIndexedOnce()
    {
        var reports = Data.ReportsOf("17-1");

        Assert.Equal(reports.OrderBy(r => r.Quarter).ThenBy(r => r.ReportedAt), reports);
        Assert.Same(reports, Data.ReportsOf("17-1"));
        Assert.Equal(Current, Data.OpenRound);
        Assert.Equal(27, Data.LatestIn("17-1", Current)?.ReportedAt.Day); // the later of its two Q3 reports
        Assert.Null(Data.LatestIn("16-1", Current));
    }
}
