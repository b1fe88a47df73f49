using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Reminders;
using PlanBot.Domain.Tests.People;

namespace PlanBot.Domain.Tests.Reminders;

public sealed class ReminderPeriodsTests
{
    [Theory]
    [InlineData("2024Q1", "2024Q1", "2024KGI")]
    [InlineData("2024Q4", "2024Q4", "2024KGI")]
    [InlineData("2025Q1", "2025PLAN", "2025KGI")]
    [InlineData("2026Q3", "2026PLAN", "2026KGI")]
    [InlineData("2026Q4", "2026PLAN", "2026KGI")]
    public void For_QuarterInThePlan_IsItsActionsAndTheYearsKgi(string quarter, string actions, string kgi)
    {
        var (periods, reason) = ReminderPeriods.For(SamplePlan.Plan, FiscalQuarter.Parse(quarter));

        Assert.Null(reason);
        Assert.Equal(new ReminderPeriods(FiscalQuarter.Parse(quarter), PlanPeriod.FromCode(actions), PlanPeriod.FromCode(kgi)), periods);
    }

    [Theory]
    [InlineData("2027Q1", NothingToAsk.AfterPlan)]
    [InlineData("2030Q2", NothingToAsk.AfterPlan)]
    [InlineData("2023Q4", NothingToAsk.BeforePlan)]
    public void For_QuarterOutsideThePlan_IsNothing(string quarter, NothingToAsk expected)
    {
        var (periods, reason) = ReminderPeriods.For(SamplePlan.Plan, FiscalQuarter.Parse(quarter));

        Assert.Null(periods);
        Assert.Equal(expected, reason);
    }

    [Fact]
    public void For_YearWithOnlyAKgiColumn_HasNoPlanForThePeriod()
    {
        var plan = SamplePlan.Plan with { Periods = [PlanPeriod.YearActions(2025), PlanPeriod.YearKgi(2026)] };

        Assert.Equal((null, NothingToAsk.NoPlanForPeriod), ReminderPeriods.For(plan, FiscalQuarter.Parse("2026Q1")));
    }

    [Fact]
    public void For_YearWithoutKgiColumn_AsksTheActionsAlone()
    {
        var plan = SamplePlan.Plan with { Periods = [PlanPeriod.YearActions(2025)] };

        Assert.Equal(new ReminderPeriods(FiscalQuarter.Parse("2025Q2"), PlanPeriod.YearActions(2025), null), ReminderPeriods.For(plan, FiscalQuarter.Parse("2025Q2")).Periods);
    }
}
