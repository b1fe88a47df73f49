namespace PlanBot.Domain.Plans;

/// <summary>How much a plan holds: strategies, initiatives, sub-themes and the items of each period, in period order.</summary>
public sealed record PlanCounts(int Strategies, int Initiatives, int SubThemes, IReadOnlyList<PeriodItemCount> ItemsPerPeriod)
{
    public int Items => ItemsPerPeriod.Sum(p => p.Items);

    public static PlanCounts Of(ActionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var subThemes = plan.SubThemes.ToList();
        var perPeriod = plan.Periods
            .Select(period => new PeriodItemCount(period, subThemes.Sum(s => s.Cell(period)?.Items.Count ?? 0)))
            .ToList();
        return new(plan.Strategies.Count, plan.Initiatives.Count(), subThemes.Count, perPeriod);
    }
}
