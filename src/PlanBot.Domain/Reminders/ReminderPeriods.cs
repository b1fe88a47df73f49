using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Reminders;

/// <summary>
/// The plan columns a quarter's reminder shows: the actions planned for it and the year's target (KGI).
/// FY2024 is planned per quarter, so 2024Q2 asks about the 2Q actions (with the FY2024 KGI as the year's aim);
/// FY2025 and FY2026 have yearly plans only, so every quarter of them asks about the year's action plan and KGI.
/// </summary>
public sealed record ReminderPeriods(FiscalQuarter Quarter, PlanPeriod Actions, PlanPeriod? Kgi)
{
    /// <summary>The columns to ask about for a quarter, or null and why there are none.</summary>
    public static (ReminderPeriods? Periods, NothingToAsk? Reason) For(ActionPlan plan, FiscalQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Periods.Count == 0)
        {
            return (null, NothingToAsk.NoPlanForPeriod);
        }

        if (quarter.FiscalYear < plan.Periods.Min(p => p.FiscalYear))
        {
            return (null, NothingToAsk.BeforePlan);
        }

        if (quarter.FiscalYear > plan.Periods.Max(p => p.FiscalYear))
        {
            return (null, NothingToAsk.AfterPlan);
        }

        var kgi = PlanPeriod.YearKgi(quarter.FiscalYear);
        var kgiIfPlanned = plan.Periods.Contains(kgi) ? kgi : null;
        var quarterActions = PlanPeriod.QuarterActions(quarter.FiscalYear, quarter.Quarter);
        if (plan.Periods.Contains(quarterActions))
        {
            return (new ReminderPeriods(quarter, quarterActions, kgiIfPlanned), null);
        }

        var yearActions = PlanPeriod.YearActions(quarter.FiscalYear);
        return plan.Periods.Contains(yearActions)
            ? (new ReminderPeriods(quarter, yearActions, kgiIfPlanned), null)
            : (null, NothingToAsk.NoPlanForPeriod);
    }
}
