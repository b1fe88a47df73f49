using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Reminders;

/// <summary>
/// One sub-theme on an owner's reminder card: what it is, what the plan says for the period (<see cref="Actions"/>,
/// and the year's target <see cref="Kgi"/>), and the latest answer so far (this quarter's if any, else the last
/// earlier one), which the card shows and pre-fills.
/// </summary>
public sealed record ReminderItem(
    string SubThemeKey,
    int InitiativeNumber,
    string InitiativeTitle,
    string? SubThemeLabel,
    string? Department,
    IReadOnlyList<PlanItem> Actions,
    IReadOnlyList<PlanItem> Kgi,
    ProgressReport? LastReport);
