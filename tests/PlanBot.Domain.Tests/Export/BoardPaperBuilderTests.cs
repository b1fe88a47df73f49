using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Export;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Tests.People;

namespace PlanBot.Domain.Tests.Export;

/// <summary>
/// The board paper of 2026Q3 on the hand-built sample plan, asked on 2026-11-20 (JST). 13 is assigned to 総務 三郎;
/// 15 and 17 have no 担当部署 and nobody assigned; 5-3 has nothing planned in FY2026.
/// </summary>
public class BoardPaperBuilderTests
{
    private static readonly FiscalQuarter Q3 = FiscalQuarter.Parse("2026Q3");

    private static readonly DateTimeOffset Now = JapanTime.At(new DateOnly(2026, 11, 20), new TimeOnly(15, 30));

    private static readonly Ownership Owners = Ownership.Resolve(SamplePlan.Plan, SamplePlan.Roster, [new OwnerAssignment(13, null, SamplePlan.Soumu.Email)]);

    private static readonly IReadOnlyList<ProgressReport> Reports =
    [
        Report("1-1", "2026Q2", ProgressStatus.Delayed, 30, SamplePlan.Sangyo1, 2026, 9, 28),
        Report("1-1", "2026Q3", ProgressStatus.AtRisk, 45, SamplePlan.Sangyo1, 2026, 11, 1),
        Report("1-1", "2026Q3", ProgressStatus.OnTrack, 55, SamplePlan.Sangyo2, 2026, 11, 10, "協議会を設置しました"),
        Report("5-1", "2026Q2", ProgressStatus.OnTrack, 50, SamplePlan.Chiiki1, 2026, 9, 30),
        Report("5-2", "2026Q2", ProgressStatus.AtRisk, 40, SamplePlan.Chiiki1, 2026, 9, 30),
        Report("5-2", "2026Q3", ProgressStatus.Delayed, 40, SamplePlan.Chiiki2, 2026, 11, 5),
        Report("14-1", "2026Q3", ProgressStatus.Cancelled, 0, SamplePlan.Soumu, 2026, 11, 6),
        Report("20-1", "2026Q3", ProgressStatus.Completed, 100, SamplePlan.Admin, 2026, 11, 7),
        // Another fiscal year, and a report by someone no longer on the roster.
        Report("1-1", "2025Q4", ProgressStatus.OnTrack, 100, SamplePlan.Sangyo1, 2026, 3, 20),
        new("5-1", FiscalQuarter.Parse("2026Q1"), ProgressStatus.OnTrack, 20, null, "gone@example.jp", JapanTime.At(new DateOnly(2026, 6, 25), new TimeOnly(9, 0))),
    ];

    [Fact]
    public void Build_Admin_ListsEverySubThemeInPlanOrderWithTheQuartersLatestReport()
    {
        var paper = Build(SamplePlan.Admin);

        Assert.Equal(["1", "5-1", "5-2", "5-3", "13", "14", "15", "17-1", "17-2", "20"], paper.Rows.Select(r => r.Number));
        Assert.Equal([1, 2, 5], paper.Strategies.Select(s => s.Number));
        var first = paper.Rows.First();
        Assert.Equal(ProgressStatus.OnTrack, first.Status);
        Assert.Equal(55, first.Report!.PercentComplete);
        Assert.Equal("産業 二郎", first.ReporterName);
        Assert.Equal(["産業 一郎", "産業 二郎"], first.Owners.Select(o => o.Name));
        Assert.Equal(BoardPaperTexts.WholePlan, paper.Scope);
        Assert.Equal("第2期中期事業計画 アクションプラン", paper.PlanTitle);
        Assert.Equal(TimeSpan.FromHours(9), paper.ExportedAt.Offset);
        Assert.Equal("アクションプラン進捗_2026年度第3四半期.xlsx", paper.FileName);
    }

    [Fact]
    public void Build_RowsWithoutAReport_AreUnansweredWhenDueAndNotDueWhenThePlanHasNothingForThem()
    {
        var rows = Build(SamplePlan.Admin).Rows.ToDictionary(r => r.SubThemeKey);

        Assert.Equal("未回答", rows["5-1"].StatusLabel);
        Assert.True(rows["5-1"].IsUnanswered);
        Assert.Equal("対象外", rows["5-3"].StatusLabel);
        Assert.False(rows["5-3"].IsCounted);
        Assert.Equal("中止", rows["14-1"].StatusLabel);
    }

    [Fact]
    public void Build_PlanColumns_AreTheQuarterActionsInFy2024AndTheYearPlanLater()
    {
        var early = Build(SamplePlan.Admin, FiscalQuarter.Parse("2024Q3"));
        var late = Build(SamplePlan.Admin);

        Assert.Equal(PlanPeriod.QuarterActions(2024, 3), early.ActionsPeriod);
        Assert.Equal(["1-1 2024Q3"], early.Rows.First().Actions.Select(i => i.Text));
        Assert.Equal(["1-1 2024KGI"], early.Rows.First().Kgi.Select(i => i.Text));
        Assert.Equal(PlanPeriod.YearActions(2026), late.ActionsPeriod);
        Assert.Equal(PlanPeriod.YearKgi(2026), late.KgiPeriod);
        Assert.Equal(["1-1 2026PLAN"], late.Rows.First().Actions.Select(i => i.Text));
    }

    [Fact]
    public void Build_PreviousQuarter_IsBesideTheStatusWithTheDirectionItMoved()
    {
        var rows = Build(SamplePlan.Admin).Rows.ToDictionary(r => r.SubThemeKey);

        Assert.Equal("遅延", rows["1-1"].Previous!.StatusLabel);
        Assert.Equal(StatusTrend.Better, rows["1-1"].Trend);
        Assert.Equal(StatusTrend.Worse, rows["5-2"].Trend);
        // 順調 → 未回答 is a change, not a direction.
        Assert.Equal(StatusTrend.Changed, rows["5-1"].Trend);
        Assert.Equal(StatusTrend.Changed, rows["14-1"].Trend);
        // Nothing planned either quarter: nothing to compare.
        Assert.Equal(StatusTrend.None, rows["5-3"].Trend);
    }

    [Fact]
    public void Build_FirstQuarterOfThePlan_HasNoPreviousQuarter()
    {
        var paper = Build(SamplePlan.Admin, FiscalQuarter.Parse("2024Q1"));

        Assert.Null(paper.PreviousQuarter);
        Assert.All(paper.Rows, r => Assert.Null(r.Previous));
    }

    [Fact]
    public void Build_Member_GetsTheirDepartmentsRowsOnlyAndNoOtherDepartmentsPeople()
    {
        var paper = Build(SamplePlan.Chiiki1);

        Assert.Equal(["5-1", "5-2", "5-3"], paper.Rows.Select(r => r.SubThemeKey));
        Assert.Equal(DigestTexts.MemberScope(SamplePlan.Chiiki1.Name, "地域共創部"), paper.Scope);
        Assert.Equal(["地域共創部"], paper.Summary.ByDepartment.Select(t => t.Label));
        Assert.All(paper.History, h => Assert.StartsWith("5-", h.Report.SubThemeKey, StringComparison.Ordinal));
        Assert.All(paper.Unanswered, u => Assert.Equal("地域共創部", u.Department));
    }

    [Fact]
    public void Build_MemberWithAnAssignmentElsewhere_AlsoGetsThatRow()
    {
        var paper = Build(SamplePlan.Soumu);

        Assert.Equal(["13", "14"], paper.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Build_Summary_CountsDueOrAnsweredRowsByStatusPerStrategyAndDepartment()
    {
        var summary = Build(SamplePlan.Admin).Summary;

        // 5-3 has nothing planned in FY2026: not counted.
        Assert.Equal(9, summary.Total.Total);
        Assert.Equal(4, summary.Total.Answered);
        Assert.Equal(4.0 / 9, summary.Total.AnswerRate);
        Assert.Equal(["1. 「新生シリコンアイランド九州」の実現", "2. 各産業の高度化・持続可能性向上・成長支援", "5. 組織運営"], summary.ByStrategy.Select(t => t.Label));
        var strategy2 = summary.ByStrategy[1];
        Assert.Equal(1, strategy2.Counts[ProgressStatus.Delayed]);
        Assert.Equal(2, strategy2.Counts[null]);
        Assert.Equal(["産業振興部", "地域共創部", "SR-防災", "総務国際部", "経営企画室", "担当部署なし"], summary.ByDepartment.Select(t => t.Label));
        Assert.Equal(3, summary.ByDepartment[^1].Total);
        Assert.Equal(0.0, summary.ByDepartment[^1].AnswerRate);
    }

    [Fact]
    public void Build_Unanswered_ListsOwnersByDepartmentAndUnownedRowsUnderTheirInitiativesDepartment()
    {
        var unanswered = Build(SamplePlan.Admin).Unanswered;

        Assert.Equal(
            ["地域共創部 地域 花子 5-1", "地域共創部 地域 次郎 5-1", "総務国際部 総務 三郎 13-1", "担当部署なし （担当者未設定） 15-1 17-1 17-2"],
            unanswered.Select(u => $"{u.Department} {u.Person?.Name ?? BoardPaperTexts.NoOwner} {string.Join(' ', u.Rows.Select(r => r.SubThemeKey))}"));
    }

    [Fact]
    public void Build_History_IsTheFiscalYearsSubmissionsUpToTheQuarterOldestFirstWithNames()
    {
        var history = Build(SamplePlan.Admin).History;

        Assert.Equal(
            ["5-1 2026Q1 gone@example.jp", "1-1 2026Q2 産業 一郎", "5-1 2026Q2 地域 花子", "5-2 2026Q2 地域 花子", "1-1 2026Q3 産業 一郎",
             "5-2 2026Q3 地域 次郎", "14-1 2026Q3 総務 三郎", "20-1 2026Q3 管理 者", "1-1 2026Q3 産業 二郎"],
            history.Select(h => $"{h.Report.SubThemeKey} {h.Report.Quarter} {h.ReporterName}"));
        Assert.Equal("5", history[0].Row.Number[..1]);
    }

    [Fact]
    public void Build_QuarterOutsideThePlan_Throws()
    {
        Assert.Throws<ArgumentException>(() => Build(SamplePlan.Admin, FiscalQuarter.Parse("2027Q1")));
    }

    private static BoardPaper Build(Person asker, FiscalQuarter? quarter = null) =>
        BoardPaperBuilder.Build(new BoardPaperInput(SamplePlan.Plan, Reports, SamplePlan.Roster, Owners, quarter ?? Q3, asker, Now));

    private static ProgressReport Report(string key, string quarter, ProgressStatus status, int percent, Person who, int year, int month, int day, string? comment = null) =>
        new(key, FiscalQuarter.Parse(quarter), status, percent, comment, who.Email, JapanTime.At(new DateOnly(year, month, day), new TimeOnly(10, 0)));
}
