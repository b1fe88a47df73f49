using PlanBot.Data.Rows;
using PlanBot.Domain.Plans;

namespace PlanBot.Data.Stores;

/// <summary>Builds the domain plan from its rows, in document order (numbers, sub-theme index, item ordinal).</summary>
internal static class PlanMapping
{
    public static IReadOnlyList<PlanPeriod> Periods(string periodCodes) =>
        periodCodes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PlanPeriod.FromCode).ToList();

    /// <param name="plan">The plan row.</param>
    /// <param name="strategies">Strategies ordered by number.</param>
    /// <param name="initiatives">Initiatives ordered by number.</param>
    /// <param name="subThemes">Sub-themes ordered by index.</param>
    /// <param name="items">Items ordered by ordinal.</param>
    public static ActionPlan ToPlan(PlanRow plan, List<StrategyRow> strategies, List<InitiativeRow> initiatives, List<SubThemeRow> subThemes, List<PlanItemRow> items)
    {
        var periods = Periods(plan.PeriodCodes);
        var initiativesByStrategy = initiatives.ToLookup(i => i.StrategyId);
        var subThemesByInitiative = subThemes.ToLookup(s => s.InitiativeId);
        var itemsByCell = items.ToLookup(i => (i.SubThemeId, i.PeriodCode));

        return new ActionPlan(plan.Title, periods, strategies
            .Select(s => new Strategy(s.Number, s.Title, initiativesByStrategy[s.Id]
                .Select(i => new Initiative(i.Number, i.Title, i.Department, s.Number, subThemesByInitiative[i.Id]
                    .Select(t => new SubTheme(i.Number, t.Index, t.Label, periods
                        .Select(p => new PlanCell(p, itemsByCell[(t.Id, p.Code)].Select(x => new PlanItem(x.Marker, x.Text, x.Depth)).ToList()))
                        .ToList()))
                    .ToList()))
                .ToList()))
            .ToList());
    }
}
