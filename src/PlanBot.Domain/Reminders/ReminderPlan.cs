using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;

namespace PlanBot.Domain.Reminders;

/// <summary>
/// Who is asked what for a quarter: one <see cref="OwnerReminder"/> per owner, the sub-themes nobody owns (for admins),
/// or why nothing is asked at all (<see cref="Nothing"/>).
/// </summary>
public sealed record ReminderPlan(
    FiscalQuarter Quarter,
    ReminderPeriods? Periods,
    IReadOnlyList<OwnerReminder> Owners,
    IReadOnlyList<UnownedSubTheme> Unowned,
    NothingToAsk? Nothing)
{
    public bool HasSomethingToAsk => Nothing is null;

    /// <summary>Every sub-theme asked about, each once, in the order the cards list them.</summary>
    public IReadOnlyList<string> SubThemeKeys =>
        Owners.SelectMany(o => o.Items).Select(i => i.SubThemeKey).Distinct(StringComparer.Ordinal).ToArray();
}
