using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Domain.Tests.People;

namespace PlanBot.Domain.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static readonly DateTimeOffset Noon = new(2024, 9, 20, 12, 0, 0, TimeSpan.FromHours(9));

    private static readonly Ownership Ownership = Ownership.Resolve(SamplePlan.Plan, SamplePlan.Roster, [new OwnerAssignment(15, null, SamplePlan.Chiiki1.Email)]);

    private static ReminderPlan Plan(string quarter, params ProgressReport[] reports) =>
        ReminderPlanner.Plan(SamplePlan.Plan, Ownership, FiscalQuarter.Parse(quarter), reports);

    private static ProgressReport Report(string key, string quarter, ProgressStatus status, int percent, DateTimeOffset at) =>
        new(key, FiscalQuarter.Parse(quarter), status, percent, $"{quarter} {percent}", "hanako@example.jp", at);

    [Fact]
    public void Plan_2024Q2_AsksEachOwnerOnceAboutTheQuartersCellsAndTheFy2024Kgi()
    {
        var plan = Plan("2024Q2");

        Assert.True(plan.HasSomethingToAsk);
        Assert.Equal(new ReminderPeriods(FiscalQuarter.Parse("2024Q2"), PlanPeriod.QuarterActions(2024, 2), PlanPeriod.YearKgi(2024)), plan.Periods);
        Assert.Equal(
            [SamplePlan.Sangyo1, SamplePlan.Sangyo2, SamplePlan.Chiiki1, SamplePlan.Chiiki2, SamplePlan.Soumu, SamplePlan.Admin],
            plan.Owners.Select(o => o.Owner));
        var hanako = plan.Owners.Single(o => o.Owner == SamplePlan.Chiiki1);
        Assert.Equal(["5-1", "5-2", "5-3", "15-1"], hanako.Items.Select(i => i.SubThemeKey));
        var item = hanako.Items[1];
        Assert.Equal(
            (5, "農業の持続的成長に向けた多様な担い手の確保と生産性向上支援", "②地域企業による地域農業への、人的支援、副業認可、農業参入モデル作り", "地域共創部"),
            (item.InitiativeNumber, item.InitiativeTitle, item.SubThemeLabel, item.Department));
        Assert.Equal(["■5-2 2024Q2"], item.Actions.Select(a => a.ToString()));
        Assert.Equal(["◎5-2 2024KGI"], item.Kgi.Select(a => a.ToString()));
        Assert.Null(item.LastReport);
    }

    [Fact]
    public void Plan_2026Q3_AsksAboutTheFy2026PlanAndKgiAndSkipsSubThemesWithNothingPlanned()
    {
        var plan = Plan("2026Q3");

        Assert.Equal(new ReminderPeriods(FiscalQuarter.Parse("2026Q3"), PlanPeriod.YearActions(2026), PlanPeriod.YearKgi(2026)), plan.Periods);
        var hanako = plan.Owners.Single(o => o.Owner == SamplePlan.Chiiki1);

        // 5-3 has empty FY2026 cells, as the seed's third part of initiative 5 has no 2026 KGI.
        Assert.Equal(["5-1", "5-2", "15-1"], hanako.Items.Select(i => i.SubThemeKey));
        Assert.Equal(["■5-1 2026PLAN"], hanako.Items[0].Actions.Select(a => a.ToString()));
        Assert.Equal(["◎5-1 2026KGI"], hanako.Items[0].Kgi.Select(a => a.ToString()));
    }

    [Fact]
    public void Plan_2027Q1_AfterThePlan_AsksNobodyAndSaysWhy()
    {
        var plan = Plan("2027Q1");

        Assert.False(plan.HasSomethingToAsk);
        Assert.Equal(NothingToAsk.AfterPlan, plan.Nothing);
        Assert.Null(plan.Periods);
        Assert.Empty(plan.Owners);
        Assert.Equal("2027年度 第1四半期は計画の期間外のため、確認する項目はありません。", ReminderTexts.NothingToAskText(plan.Quarter, plan.Nothing!.Value));
    }

    [Fact]
    public void Plan_Unowned_ListsOnlySubThemesAskedAbout()
    {
        var plan = Plan("2026Q3");

        Assert.Equal(["13-1", "17-1", "17-2"], plan.Unowned.Select(u => u.SubThemeKey));
    }

    [Fact]
    public void Plan_NobodyOwnsAnything_HasNoOwnersToAsk()
    {
        var nobody = Ownership.Resolve(SamplePlan.Plan, new PersonDirectory([]), []);

        var plan = ReminderPlanner.Plan(SamplePlan.Plan, nobody, FiscalQuarter.Parse("2025Q1"), []);

        Assert.Equal(NothingToAsk.NoOwners, plan.Nothing);
        Assert.Equal(10, plan.Unowned.Count);
    }

    [Fact]
    public void Plan_EarlierReports_ShowsTheLatestOneAndIgnoresLaterQuarters()
    {
        var q1Early = Report("5-1", "2024Q1", ProgressStatus.NotStarted, 0, Noon.AddMonths(-4));
        var q1Late = Report("5-1", "2024Q1", ProgressStatus.OnTrack, 20, Noon.AddMonths(-3));
        var q3 = Report("5-1", "2024Q3", ProgressStatus.Completed, 100, Noon.AddMonths(3));
        var other = Report("5-2", "2024Q1", ProgressStatus.Delayed, 5, Noon.AddMonths(-3));

        var plan = Plan("2024Q2", q1Late, q3, q1Early, other);

        var items = plan.Owners.Single(o => o.Owner == SamplePlan.Chiiki1).Items;
        Assert.Equal(q1Late, items[0].LastReport);
        Assert.Equal(other, items[1].LastReport);
        Assert.Null(items[2].LastReport);
    }

    [Fact]
    public void Plan_ThisQuartersAnswer_WinsOverALaterSubmittedEarlierQuarter()
    {
        var thisQuarter = Report("5-1", "2024Q2", ProgressStatus.OnTrack, 40, Noon);
        var lateEarlier = Report("5-1", "2024Q1", ProgressStatus.OnTrack, 30, Noon.AddDays(1));

        var plan = Plan("2024Q2", thisQuarter, lateEarlier);

        Assert.Equal(thisQuarter, plan.Owners.Single(o => o.Owner == SamplePlan.Chiiki1).Items[0].LastReport);
    }

    [Fact]
    public void SubThemeKeys_2026Q3_AreEveryAskedSubThemeOnceInCardOrder()
    {
        Assert.Equal(["1-1", "5-1", "5-2", "15-1", "14-1", "20-1"], Plan("2026Q3").SubThemeKeys);
    }
}
