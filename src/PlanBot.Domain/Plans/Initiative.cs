namespace PlanBot.Domain.Plans;

/// <summary>
/// 具体的取組: an initiative of a priority strategy. <see cref="Department"/> (担当部署) is null where the document names none.
/// </summary>
public sealed record Initiative(int Number, string Title, string? Department, int StrategyNumber, IReadOnlyList<SubTheme> SubThemes)
{
    /// <summary>True when the initiative splits into labelled parts rather than one implicit sub-theme.</summary>
    public bool IsSplit => SubThemes.Count > 1 || SubThemes.Any(s => s.Label is not null);
}
