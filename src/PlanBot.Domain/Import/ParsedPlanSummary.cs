
namespace PlanBot.Domain.Import;

/// <summary>The counts an import prints: strategies, initiatives, sub-themes, items (in total and per period), decisions.</summary>
public sealed record ParsedPlanSummary(
    int Strategies,
    int Initiatives,
    int SubThemes,
    int Items,
    IReadOnlyList<PeriodItemCount> ItemsPerPeriod,
    int Decisions)
{
    public static ParsedPlanSummary Of(ParsedPlan parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var plan = parsed.Plan;
        var cells = plan.SubThemes.SelectMany(s => s.Cells).ToArray();
        var perPeriod = plan.Periods
            .Select(p => new PeriodItemCount(p, cells.Where(c => c.Period == p).Sum(c => c.Items.Count)))
            .ToArray();
        return new ParsedPlanSummary(
            plan.Strategies.Count,
            plan.Initiatives.Count(),
            plan.SubThemes.Count(),
            cells.Sum(c => c.Items.Count),
            perPeriod,
            parsed.Report.Count);
    }
}
