using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Reminders;

/// <summary>Decides what a quarter's reminder asks of whom.</summary>
public static class ReminderPlanner
{
    /// <summary>
    /// One reminder per owner with each sub-theme they own that the plan says something about for the quarter
    /// (a sub-theme whose action and KGI cells are both empty for the period has nothing to report on and is left out).
    /// </summary>
    /// <param name="reports">Progress reports so far; those after the quarter are ignored.</param>
    public static ReminderPlan Plan(ActionPlan plan, Ownership ownership, FiscalQuarter quarter, IEnumerable<ProgressReport> reports)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(ownership);
        ArgumentNullException.ThrowIfNull(reports);
        var (periods, reason) = ReminderPeriods.For(plan, quarter);
        if (periods is null)
        {
            return new ReminderPlan(quarter, null, [], [], reason);
        }

        var latest = reports
            .Where(r => r.Quarter <= quarter)
            .GroupBy(r => r.SubThemeKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Quarter).ThenBy(r => r.ReportedAt).Last(), StringComparer.Ordinal);

        var items = new List<(Person Owner, ReminderItem Item)>();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var initiative in plan.Initiatives)
        {
            foreach (var subTheme in initiative.SubThemes)
            {
                var actions = subTheme.Cell(periods.Actions)?.Items ?? [];
                var kgi = periods.Kgi is { } k ? subTheme.Cell(k)?.Items ?? [] : [];
                if (actions.Count == 0 && kgi.Count == 0)
                {
                    continue;
                }

                asked.Add(subTheme.Key);
                var item = new ReminderItem(
                    subTheme.Key,
                    initiative.Number,
                    initiative.Title,
                    subTheme.Label,
                    initiative.Department,
                    actions,
                    kgi,
                    latest.GetValueOrDefault(subTheme.Key));
                items.AddRange(ownership.OwnersOf(subTheme.Key).Select(owner => (owner, item)));
            }
        }

        var owners = items
            .GroupBy(x => x.Owner.Email, EmailAddress.Comparer)
            .Select(g => new OwnerReminder(g.First().Owner, g.Select(x => x.Item).ToArray()))
            .ToArray();
        var unowned = ownership.Unowned.Where(u => asked.Contains(u.SubThemeKey)).ToArray();
        return new ReminderPlan(quarter, periods, owners, unowned, owners.Length == 0 ? NothingToAsk.NoOwners : null);
    }
}
