namespace PlanBot.Domain.Plans;

/// <summary>The whole action-plan table: its title, the columns it plans for, and its strategies in document order.</summary>
public sealed record ActionPlan(string Title, IReadOnlyList<PlanPeriod> Periods, IReadOnlyList<Strategy> Strategies)
{
    public IEnumerable<Initiative> Initiatives => Strategies.SelectMany(s => s.Initiatives);

    public IEnumerable<SubTheme> SubThemes => Initiatives.SelectMany(i => i.SubThemes);
}
