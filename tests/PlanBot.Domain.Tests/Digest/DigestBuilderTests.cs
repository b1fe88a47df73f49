using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Domain.Tests.People;
using static PlanBot.Domain.Tests.Digest.DigestScenario;

namespace PlanBot.Domain.Tests.Digest;

/// <summary>The scripted week of <see cref="DigestScenario"/>, asserted item by item.</summary>
public sealed class DigestBuilderTests
{
    private static readonly WeeklyDigest Week = Build(Input());

    private static string[] Keys<T>(CappedList<T> list, Func<T, DigestSubTheme> subTheme) => list.Items.Select(i => subTheme(i).Key).ToArray();

    [Fact]
    public void Build_ScriptedWeek_IsInTheFourthQuarterWithItsBusinessDaysLeft()
    {
        Assert.Equal(new DateOnly(2027, 1, 4), Week.Date);
        Assert.Equal(FiscalQuarter.Parse("2026Q4"), Week.Quarter.Quarter);

        // 1/4–3/31/2027: 62 weekdays less 成人の日 1/11, 建国記念の日 2/11, 天皇誕生日 2/23, 春分の日 3/21 (a Sunday) observed 3/22.
        Assert.Equal(59, Week.Quarter.BusinessDaysLeft);
        Assert.Equal(87, Week.Quarter.CalendarDaysLeft);
    }

    [Theory]
    [InlineData("2026-11-02", 39, 60)] // 文化の日 11/3, 勤労感謝の日 11/23 and the break 12/29–31 are not business days
    [InlineData("2026-11-30", 21, 32)]
    [InlineData("2026-12-28", 1, 4)] // the last business day before the year-end break
    [InlineData("2026-12-29", 0, 3)] // inside the break
    [InlineData("2026-12-31", 0, 1)]
    public void Build_DayOfTheQuarter_CountsDaysLeftTodayIncluded(string day, int businessDays, int calendarDays)
    {
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var digest = Build(new DigestInput(SamplePlan.Plan, Ownership, [], null, null, JapanTime.At(date, new TimeOnly(9, 0)), DigestScope.Everything));

        Assert.Equal(FiscalQuarter.Parse("2026Q3"), digest.Quarter.Quarter);
        Assert.Equal(businessDays, digest.Quarter.BusinessDaysLeft);
        Assert.Equal(calendarDays, digest.Quarter.CalendarDaysLeft);
    }

    [Fact]
    public void Build_JustAfterMidnightInJapan_UsesTheJapaneseDate()
    {
        // 2026-12-31 15:30 UTC is already 2027-01-01 in Japan: Q4, not Q3.
        var digest = Build(new DigestInput(SamplePlan.Plan, Ownership, [], null, null, new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero), DigestScope.Everything));

        Assert.Equal(new DateOnly(2027, 1, 1), digest.Date);
        Assert.Equal(FiscalQuarter.Parse("2026Q4"), digest.Quarter.Quarter);
    }

    [Fact]
    public void Build_ScriptedWeek_AnswerRateCountsItemsAndOwnersOfTheCycle()
    {
        var cycle = Week.Cycle!;

        Assert.Equal(FiscalQuarter.Parse("2026Q3"), cycle.Quarter);
        Assert.Equal(ReminderCycleState.Open, cycle.State);
        Assert.Equal((8, 5), (cycle.AskedItems, cycle.AnsweredItems)); // 1-1 5-1 5-2 13-1 14-1 17-1 17-2 20-1; not 13-1 17-1 17-2
        Assert.Equal((6, 4), (cycle.AskedOwners, cycle.AnsweredOwners)); // 総務 三郎 and 管理 者 still owe answers
        Assert.Equal(63, cycle.ItemRatePercent); // 62.5, rounded
        Assert.Equal(67, cycle.OwnerRatePercent); // 66.7
    }

    [Fact]
    public void Build_ScriptedWeek_UnansweredAreByDepartmentInPlanOrder()
    {
        var departments = Week.Cycle!.Unanswered;

        Assert.Equal(2, departments.Total);
        Assert.Equal(["総務国際部", "経営企画室"], departments.Items.Select(d => d.Department));
        Assert.Equal(["総務 三郎"], departments.Items[0].OwnerNames.Items);
        Assert.Equal(1, departments.Items[0].ItemCount);
        Assert.Equal(["管理 者"], departments.Items[1].OwnerNames.Items);
        Assert.Equal(2, departments.Items[1].ItemCount);
    }

    [Fact]
    public void Build_CycleWithoutAnswers_CountsACoOwnedItemOnceAndCapsNames()
    {
        var digest = Build(Input(cycle: Cycle(withAnswers: false)), DigestLimits.Default with { MaxNamesPerDepartment = 1 });

        var chiiki = digest.Cycle!.Unanswered.Items.Single(d => d.Department == "地域共創部");
        Assert.Equal(2, chiiki.ItemCount); // 5-1 and 5-2, owned by both 地域 花子 and 地域 次郎
        Assert.Equal(["地域 花子"], chiiki.OwnerNames.Items);
        Assert.Equal(1, chiiki.OwnerNames.More);
        Assert.Equal((8, 0, 6, 0), (digest.Cycle.AskedItems, digest.Cycle.AnsweredItems, digest.Cycle.AskedOwners, digest.Cycle.AnsweredOwners));
    }

    [Fact]
    public void Build_ScriptedWeek_CountsTheCycleQuartersLatestStatusPerSubTheme()
    {
        Assert.Equal(FiscalQuarter.Parse("2026Q3"), Week.StatusQuarter);
        Assert.Equal(StatusCounts.Order, Week.Overall.Series.Select(s => s.Status));

        // The cycle's eight: 1-1 5-1 遅延; 5-2 完了; 14-1 20-1 要注意; 13-1 17-1 17-2 未回答 (17-1's report is dated after
        // now). 15-1 is planned but has no owner, so the cycle did not ask it: it is counted apart. 5-3 has no 2026 plan.
        Assert.Equal([1, 0, 2, 2, 0, 0, 3], Week.Overall.Series.Select(s => s.Count));
        Assert.Equal(Week.Cycle!.AskedItems, Week.Overall.Total);
        Assert.Equal(1, Week.NotAsked);
    }

    [Fact]
    public void Build_ScriptedWeek_CountsPerStrategyInPlanOrder()
    {
        Assert.Equal([1, 2, 5], Week.ByStrategy.Select(s => s.StrategyNumber));
        Assert.Equal("「新生シリコンアイランド九州」の実現", Week.ByStrategy[0].ShortTitle);
        Assert.Equal("各産業の高度化・持続可能性向上・成長支援", Week.ByStrategy[1].ShortTitle);

        Assert.Equal(1, Week.ByStrategy[0].Counts[ProgressStatus.Delayed]);
        Assert.Equal(1, Week.ByStrategy[0].Counts.Total);

        var s2 = Week.ByStrategy[1].Counts;
        Assert.Equal((1, 1, 1, 3), (s2[ProgressStatus.Completed], s2[ProgressStatus.Delayed], s2[null], s2.Total));

        var s5 = Week.ByStrategy[2].Counts;
        Assert.Equal((2, 2, 4), (s5[ProgressStatus.AtRisk], s5[null], s5.Total));
    }

    [Fact]
    public void Build_ScriptedWeek_NewlyDelayedIsTheSubThemeThatTurnedDelayedSinceTheLastDigest()
    {
        var changes = Week.Changes;

        Assert.Equal(PreviousDigest, changes.Since);
        var delayed = Assert.Single(changes.NewlyDelayed.Items); // 1-1 was already 遅延
        Assert.Equal("5-1", delayed.SubTheme.Key);
        Assert.Equal("①域外企業の農業参入促進", delayed.SubTheme.Name);
        Assert.Equal("地域共創部", delayed.SubTheme.Department);
        Assert.Equal(ProgressStatus.OnTrack, delayed.Previous);
        Assert.Equal("地域 次郎", delayed.ReporterName);
        Assert.Equal(Jst(2026, 12, 28, 15, 0), delayed.ReportedAt);
    }

    [Fact]
    public void Build_ScriptedWeek_NewlyAtRiskAndCompletedCompareWithTheLastKnownStatusOfAnyQuarter()
    {
        var atRisk = Assert.Single(Week.Changes.NewlyAtRisk.Items); // 14-1 was already 要注意 before the last digest
        Assert.Equal(("20-1", ProgressStatus.OnTrack, "管理 者"), (atRisk.SubTheme.Key, atRisk.Previous, atRisk.ReporterName));

        var completed = Assert.Single(Week.Changes.NewlyCompleted.Items); // 17-1's 完了 is dated after now
        Assert.Equal(("5-2", ProgressStatus.AtRisk, 100, "地域 花子"), (completed.SubTheme.Key, completed.Previous, completed.PercentComplete, completed.ReporterName));
    }

    [Fact]
    public void Build_ScriptedWeek_NewCommentsAreInTimeOrderWithWhoAndWhen()
    {
        var comments = Week.Changes.Comments;

        // Not the blank one of 14-1, not those before the last digest, not 17-1's from the future.
        Assert.Equal(4, comments.Total);
        Assert.Equal(["5-1", "5-2", "20-1", "1-1"], Keys(comments, c => c.SubTheme));
        Assert.Equal(["地域 次郎", "地域 花子", "管理 者", "産業 二郎"], comments.Items.Select(c => c.AuthorName));
        Assert.Equal(Jst(2026, 12, 30, 10, 0), comments.Items[3].At);
        Assert.Equal(("引き続き調整中です", false, ProgressStatus.Delayed), (comments.Items[3].Text, comments.Items[3].IsTruncated, comments.Items[3].Status));
    }

    [Fact]
    public void Build_LongComment_IsOneLineCutToTheLimitWithAnEllipsis()
    {
        var comment = Week.Changes.Comments.Items[0];

        Assert.True(comment.IsTruncated);
        Assert.Equal(DigestLimits.Default.MaxCommentLength, comment.Text.Length);
        Assert.StartsWith("担い手の確保が想定より遅れています。 来期に向けて、", comment.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", comment.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', comment.Text);
    }

    [Fact]
    public void Build_HeadingLabelledPart_IsNamedByItsHeadingThenItsInitiative()
    {
        var report = new ProgressReport("17-1", FiscalQuarter.Parse("2026Q3"), ProgressStatus.Completed, 100, null, SamplePlan.Admin.Email, Jst(2026, 12, 29, 9, 0));

        var digest = Build(Input() with { Reports = [.. Reports, report] });

        var completed = digest.Changes.NewlyCompleted.Items.Single(c => c.SubTheme.Key == "17-1");
        Assert.Equal("【広報】広報・情報発信の強化", completed.SubTheme.Name);
        Assert.Null(completed.Previous);
        Assert.Null(completed.SubTheme.Department);
    }

    [Fact]
    public void Build_NoPreviousDigest_TakesChangesFromTheLastSevenDays()
    {
        var digest = Build(Input() with { PreviousDigestAt = null });

        Assert.Equal(Now.AddDays(-7), digest.Changes.Since);
        Assert.False(digest.Changes.SinceLastDigest);
        Assert.True(Week.Changes.SinceLastDigest);
        Assert.Equal(["5-1"], Keys(digest.Changes.NewlyDelayed, c => c.SubTheme));
    }

    [Fact]
    public void Build_PreviousDigestBeforeTheWholeQuarter_ReportsEveryChangeSinceThen()
    {
        // From before the October reports: every sub-theme's first report is a change from nothing.
        var digest = Build(Input() with { PreviousDigestAt = Jst(2026, 10, 1, 9, 0) });

        Assert.Equal(["1-1", "5-1"], Keys(digest.Changes.NewlyDelayed, c => c.SubTheme).Order(StringComparer.Ordinal));
        Assert.All(digest.Changes.NewlyDelayed.Items, c => Assert.Null(c.Previous));
        Assert.Equal(["14-1", "20-1"], Keys(digest.Changes.NewlyAtRisk, c => c.SubTheme));

        // 14-1 turned 要注意 on 12/24 and said so again on 12/30: the change is dated when it turned.
        Assert.Equal(Jst(2026, 12, 24, 10, 0), digest.Changes.NewlyAtRisk.Items[0].ReportedAt);
    }

    [Fact]
    public void Build_ScriptedWeek_KgisDueThisYearAndThoseAtRisk()
    {
        var kgis = Week.Kgis;

        Assert.Equal(new FiscalYear(2026), kgis.Year);
        Assert.Equal(9, kgis.DueCount); // every 2026 sub-theme but 5-3 has a 2026KGI cell
        Assert.Equal(1, kgis.CompletedCount); // 5-2
        Assert.Equal(76, kgis.ElapsedPercent); // 279 of 365 days

        // 遅延 first, then 要注意, then behind pace (13-1: 20% against 76% − 20 points), each in plan order.
        Assert.Equal(["1-1", "5-1", "14-1", "20-1", "13-1"], Keys(kgis.AtRisk, k => k.SubTheme));
        Assert.Equal(
            [KgiRiskReason.Delayed, KgiRiskReason.Delayed, KgiRiskReason.AtRisk, KgiRiskReason.AtRisk, KgiRiskReason.BehindPace],
            kgis.AtRisk.Items.Select(k => k.Reason));
        var behind = kgis.AtRisk.Items[4];
        Assert.Equal((ProgressStatus.OnTrack, 20), (behind.Status, behind.PercentComplete));
        Assert.Equal(["13-1 2026KGI"], behind.Targets);
    }

    [Theory]
    [InlineData(56, false)] // exactly the threshold: 76% elapsed − 20 points
    [InlineData(55, true)]
    public void Build_OnTrackKgi_IsBehindPaceOnlyBelowTheThreshold(int percent, bool atRisk)
    {
        var report = new ProgressReport("13-1", FiscalQuarter.Parse("2026Q3"), ProgressStatus.OnTrack, percent, null, SamplePlan.Soumu.Email, Jst(2026, 12, 22, 12, 0));

        var digest = Build(Input() with { Reports = [.. Reports, report] });

        Assert.Equal(atRisk, digest.Kgis.AtRisk.Items.Any(k => k.SubTheme.Key == "13-1"));
    }

    [Fact]
    public void Build_SmallLimits_CapsEveryListAndCountsTheRest()
    {
        var digest = Build(Input(), DigestLimits.Default with { MaxListItems = 2 });

        Assert.Equal((2, 4, 2), (digest.Changes.Comments.Items.Count, digest.Changes.Comments.Total, digest.Changes.Comments.More));
        Assert.Equal(["5-1", "5-2"], Keys(digest.Changes.Comments, c => c.SubTheme));
        Assert.Equal((2, 3), (digest.Kgis.AtRisk.Items.Count, digest.Kgis.AtRisk.More));
    }

    [Fact]
    public void Build_MemberScope_ShowsOnlyTheirDepartmentsItemsAndPeople()
    {
        var digest = Build(Input(DigestScope.ForAsker(SamplePlan.Chiiki1)));

        Assert.Same(SamplePlan.Chiiki1, digest.Scope.Member);
        Assert.Equal([2], digest.ByStrategy.Select(s => s.StrategyNumber));
        Assert.Equal((1, 1, 2), (digest.Overall[ProgressStatus.Completed], digest.Overall[ProgressStatus.Delayed], digest.Overall.Total));
        Assert.Equal((2, 2, 2, 2), (digest.Cycle!.AskedItems, digest.Cycle.AnsweredItems, digest.Cycle.AskedOwners, digest.Cycle.AnsweredOwners));
        Assert.True(digest.Cycle.Unanswered.IsEmpty);
        Assert.Equal(["5-1"], Keys(digest.Changes.NewlyDelayed, c => c.SubTheme));
        Assert.True(digest.Changes.NewlyAtRisk.IsEmpty);
        Assert.Equal(["5-1", "5-2"], Keys(digest.Changes.Comments, c => c.SubTheme));
        Assert.Equal(2, digest.Kgis.DueCount);
        Assert.Equal(["5-1"], Keys(digest.Kgis.AtRisk, k => k.SubTheme));
    }

    [Fact]
    public void Build_MemberScope_IncludesAnItemAssignedOutsideTheirDepartment()
    {
        // 総務 三郎 is assigned 13 (SR-防災) and belongs to 総務国際部 (14).
        var digest = Build(Input(DigestScope.ForAsker(SamplePlan.Soumu)));

        Assert.Equal(["13-1", "14-1"], Keys(digest.Kgis.AtRisk, k => k.SubTheme).Order(StringComparer.Ordinal));
        var department = Assert.Single(digest.Cycle!.Unanswered.Items);
        Assert.Equal(("総務国際部", 1, "総務 三郎"), (department.Department, department.ItemCount, department.OwnerNames.Items.Single()));
        Assert.Equal((2, 1), (digest.Cycle.AskedItems, digest.Cycle.AnsweredItems));
    }

    [Fact]
    public void ForAsker_ManagerOrAdmin_SeesEverything()
    {
        Assert.True(DigestScope.ForAsker(SamplePlan.Sangyo2).IsEverything);
        Assert.True(DigestScope.ForAsker(SamplePlan.Admin).IsEverything);
        Assert.False(DigestScope.ForAsker(SamplePlan.Sangyo1).IsEverything);
    }

    [Fact]
    public void Build_NoCycleNoReports_CountsEverythingUnanswered()
    {
        var digest = Build(new DigestInput(SamplePlan.Plan, Ownership, [], null, null, Jst(2026, 11, 30, 9, 0), DigestScope.Everything));

        Assert.Null(digest.Cycle);
        Assert.Equal(FiscalQuarter.Parse("2026Q3"), digest.StatusQuarter);
        Assert.Equal((9, 9, 0), (digest.Overall[null], digest.Overall.Total, digest.NotAsked));
        Assert.True(digest.Changes.IsEmpty);
        Assert.Equal((9, 0, 67), (digest.Kgis.DueCount, digest.Kgis.CompletedCount, digest.Kgis.ElapsedPercent)); // 243 of 365 days
        Assert.True(digest.Kgis.AtRisk.IsEmpty);
    }

    [Fact]
    public void Build_AfterThePlanEnds_HasNothingToCount()
    {
        var digest = Build(new DigestInput(SamplePlan.Plan, Ownership, Reports, null, null, Jst(2027, 5, 10, 9, 0), DigestScope.Everything));

        Assert.Equal(0, digest.Overall.Total);
        Assert.Empty(digest.ByStrategy);
        Assert.Equal(0, digest.Kgis.DueCount);
    }

    [Fact]
    public void Constructor_InvalidLimits_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() => new DigestBuilder(new BusinessCalendar(), DigestLimits.Default with { MaxListItems = 0 }));

        Assert.Contains("MaxListItems", error.Message, StringComparison.Ordinal);
    }
}
