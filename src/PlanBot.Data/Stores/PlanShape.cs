using System.Globalization;
using PlanBot.Domain.Plans;

namespace PlanBot.Data.Stores;

/// <summary>
/// Checks that a plan can be keyed the way the store keys it (unique numbers and sub-theme keys, children pointing at
/// their parents, cells only for the plan's periods) before anything is written.
/// </summary>
internal static class PlanShape
{
    public static void Validate(ActionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        RequireUnique(plan.Periods.Select(p => p.Code), "period");
        RequireUnique(plan.Strategies.Select(s => s.Number.ToString(CultureInfo.InvariantCulture)), "strategy number");
        RequireUnique(plan.Initiatives.Select(i => i.Number.ToString(CultureInfo.InvariantCulture)), "initiative number");
        RequireUnique(plan.SubThemes.Select(s => s.Key), "sub-theme key");

        var periods = plan.Periods.ToHashSet();
        foreach (var strategy in plan.Strategies)
        {
            foreach (var initiative in strategy.Initiatives)
            {
                if (initiative.StrategyNumber != strategy.Number)
                {
                    throw new ArgumentException($"Initiative {initiative.Number} says strategy {initiative.StrategyNumber} but sits under strategy {strategy.Number}.", nameof(plan));
                }

                foreach (var subTheme in initiative.SubThemes)
                {
                    if (subTheme.InitiativeNumber != initiative.Number)
                    {
                        throw new ArgumentException($"Sub-theme {subTheme.Key} sits under initiative {initiative.Number}.", nameof(plan));
                    }

                    if (subTheme.Cells.FirstOrDefault(c => !periods.Contains(c.Period)) is { } stray)
                    {
                        throw new ArgumentException($"Sub-theme {subTheme.Key} has a cell for {stray.Period.Code}, which is not a period of the plan.", nameof(plan));
                    }

                    RequireUnique(subTheme.Cells.Select(c => c.Period.Code), $"cell period of sub-theme {subTheme.Key}");
                }
            }
        }
    }

    private static void RequireUnique(IEnumerable<string> keys, string what)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!seen.Add(key))
            {
                throw new ArgumentException($"The plan has {what} '{key}' twice.", "plan");
            }
        }
    }
}
