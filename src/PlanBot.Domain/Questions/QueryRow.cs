using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// One sub-theme in an answer: where it sits in the plan, who owns it, its latest report in the period (null when none),
/// the quarters of the period it has not been reported for, and, for plan questions, the planned items.
/// <see cref="Previous"/> is what the report is compared with: the previous quarter's report, or for 「先週から」 the
/// one before that day. <see cref="Trail"/> holds one report per quarter, oldest first, where the question asked for a
/// run of quarters (N四半期続けて) or the history. <see cref="Reporter"/> is who sent the report, from the roster.
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
    public ProgressReport? Previous { get; init; }

    public IReadOnlyList<ProgressReport> Trail { get; init; } = [];

    public Person? Reporter { get; init; }

    /// <summary>The sub-theme's plan cells, for an answer that shows this year's plan and KGI beside the report.</summary>
    public IReadOnlyList<PlanCell> Cells { get; init; } = [];

    public bool IsUnanswered => MissingQuarters.Count > 0;
}
