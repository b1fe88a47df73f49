using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Reminders;
using PlanBot.Domain.Tests.Import;

namespace PlanBot.Domain.Tests.Reminders;

/// <summary>Roster, assignments, ownership and the planner on the real plan document from seeds/.</summary>
public sealed class ReminderPlannerSeedTests
{
    private static readonly ActionPlan Seed = SeedDocument.Parse().Plan;

    private const string RosterText =
        "\uFEFFname,email,aadObjectId,department,role\r\n"
        + "産業 一郎,ichiro@example.jp,,産業振興部,member\r\n"
        + "地域 花子,hanako@example.jp,,地域共創部,member\r\n"
        + "総務 三郎,saburo@example.jp,,総務国際部,member\r\n"
        + "企画 四郎,shiro@example.jp,,経営企画室,manager\r\n"
        + "防災 五郎,goro@example.jp,,SR-防災,member\r\n"
        + "管理 者,admin@example.jp,,,admin\r\n";

    private static PersonDirectory Roster()
    {
        var roster = RosterCsv.Parse(RosterText, RosterCsv.PlanDepartments(Seed));
        Assert.True(roster.Succeeded, string.Join("; ", roster.Errors));
        return new PersonDirectory(roster.Rows);
    }

    [Fact]
    public void PlanDepartments_Seed_AreTheFiveDepartments()
    {
        Assert.Equal(["SR-防災", "地域共創部", "産業振興部", "経営企画室", "総務国際部"], RosterCsv.PlanDepartments(Seed).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RosterParse_NearMissOfASeedDepartment_SuggestsIt()
    {
        var result = RosterCsv.Parse("name,email,aadObjectId,department,role\n花子,hanako@example.jp,,地域共創,member\n", RosterCsv.PlanDepartments(Seed));

        Assert.Equal("The department '地域共創' is not in the plan; did you mean 地域共創部?", Assert.Single(result.Errors).Reason);
    }

    [Fact]
    public void Unowned_SeedWithEveryDepartmentStaffed_IsInitiatives15To19()
    {
        var ownership = Ownership.Resolve(Seed, Roster(), []);

        Assert.Equal([15, 16, 17, 18, 19], ownership.Unowned.Select(u => u.InitiativeNumber).Distinct());
        Assert.All(ownership.Unowned, u => Assert.Equal(UnownedReason.NoDepartment, u.Reason));
    }

    [Fact]
    public void AssignmentParse_SeedLabels_FindTheNumberedParts()
    {
        var result = AssignmentCsv.Parse(
            "initiative,subtheme,email\n5,②,hanako@example.jp\n21,地域活性化施策,hanako@example.jp\n15,,admin@example.jp\n",
            Seed,
            Roster());

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(["5-2", "21-2", null], result.Rows.Select(a => a.SubThemeKey));
    }

    [Fact]
    public void Plan_Seed2024Q2_GivesOneCardPerOwnerWithTheQuartersCells()
    {
        var ownership = Ownership.Resolve(Seed, Roster(), []);

        var plan = ReminderPlanner.Plan(Seed, ownership, FiscalQuarter.Parse("2024Q2"), []);

        Assert.Equal(plan.Owners.Count, plan.Owners.Select(o => o.Owner.Email).Distinct().Count());
        Assert.All(plan.Owners, o => Assert.Equal(o.Items.Count, o.Items.Select(i => i.SubThemeKey).Distinct().Count()));
        var hanako = plan.Owners.Single(o => o.Owner.Email == "hanako@example.jp");
        var item = hanako.Items.Single(i => i.SubThemeKey == "5-1");
        Assert.Equal("①域外企業の農業参入促進", item.SubThemeLabel);
        Assert.Equal(Seed.SubThemes.Single(s => s.Key == "5-1").Cell(PlanPeriod.QuarterActions(2024, 2))!.Items, item.Actions);
        Assert.StartsWith("連携方法の検討", item.Actions[0].Text, StringComparison.Ordinal);
        Assert.NotEmpty(item.Kgi);
        Assert.DoesNotContain(plan.Owners.SelectMany(o => o.Items), i => i.InitiativeNumber is >= 15 and <= 19);
    }

    [Fact]
    public void Plan_Seed2026Q3_AsksAboutTheFy2026PlanAndKgi()
    {
        var ownership = Ownership.Resolve(Seed, Roster(), []);

        var plan = ReminderPlanner.Plan(Seed, ownership, FiscalQuarter.Parse("2026Q3"), []);

        var item = plan.Owners.Single(o => o.Owner.Email == "ichiro@example.jp").Items.Single(i => i.SubThemeKey == "1-1");
        Assert.Equal(["■課題解決に向けたWG活動(WG追加・削除を2Q末までに検討)", "■戦略会議への提言と活動内容報告"], item.Actions.Select(a => a.ToString()));
        Assert.Equal(["◎課題解決 1件以上/年"], item.Kgi.Select(a => a.ToString()));
    }

    [Fact]
    public void Plan_Seed2027Q1_AsksNothing()
    {
        var plan = ReminderPlanner.Plan(Seed, Ownership.Resolve(Seed, Roster(), []), FiscalQuarter.Parse("2027Q1"), []);

        Assert.Equal(NothingToAsk.AfterPlan, plan.Nothing);
        Assert.Empty(plan.Owners);
    }
}
