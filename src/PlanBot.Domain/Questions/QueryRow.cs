using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// One sub-theme in an answer: where it sits in the plan, who owns it, its latest report in the period (null when none),
/// the quarters of the period it has not been reported for, and, for plan questions, the planned items.
/// </summary>
public sealed record QueryRow(
    int StrategyNumber,
    string StrategyTitle,
    int InitiativeNumber,
    string InitiativeTitle,
    string SubThemeKey,
    string? SubThemeLabel,
    string? Department,
    IReadOnlyList<Person> Owners,
    ProgressReport? Report,
    IReadOnlyList<FiscalQuarter> MissingQuarters,
    IReadOnlyList<PlanItem> PlanItems)
{
    public bool IsUnanswered => MissingQuarters.Count > 0;
}
