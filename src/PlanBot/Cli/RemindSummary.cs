using System.Globalization;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Reminders;

namespace PlanBot.Cli;

/// <summary>The English lines <c>remind</c> prints: who is asked what on which card, what is unowned, why nothing is asked.</summary>
internal static class RemindSummary
{
    public static IEnumerable<string> Plan(ActionPlan actionPlan, ReminderPlan plan)
    {
        if (plan.Periods is { } periods)
        {
            yield return $"The plan's columns asked about: {periods.Actions.Code}{(periods.Kgi is { } kgi ? $" and {kgi.Code}" : "")}.";
        }

        if (plan.Nothing is { } nothing)
        {
            yield return $"Nothing to ask for {plan.Quarter}: {Reason(nothing)}";
            foreach (var line in Unowned(plan.Unowned))
            {
                yield return line;
            }

            yield break;
        }

        var parts = new ReminderCardParts(actionPlan);
        var cards = plan.Owners.Select(o => parts.Split(o.Items.Select(i => i.SubThemeKey).ToArray())).ToArray();
        yield return $"{plan.Owners.Count} owners would be asked about {plan.SubThemeKeys.Count} sub-themes on {cards.Sum(c => c.Count)} cards:";
        for (var o = 0; o < plan.Owners.Count; o++)
        {
            var owner = plan.Owners[o];
            var items = owner.Items.ToDictionary(i => i.SubThemeKey, StringComparer.Ordinal);
            var department = owner.Owner.Department is null ? "" : $", {owner.Owner.Department}";
            yield return $"{owner.Owner.Name} <{owner.Owner.Email}>{department}: {owner.Items.Count} items, {Plural(cards[o].Count, "card")}";
            for (var p = 0; p < cards[o].Count; p++)
            {
                yield return $"  card {p + 1}/{cards[o].Count}:";
                foreach (var key in cards[o][p])
                {
                    var item = items[key];
                    var label = item.SubThemeLabel is null ? "" : $" / {item.SubThemeLabel}";
                    yield return $"    {key} {item.InitiativeTitle}{label}";
                }
            }
        }

        foreach (var line in Unowned(plan.Unowned))
        {
            yield return line;
        }
    }

    public static IEnumerable<string> Unowned(IReadOnlyList<UnownedSubTheme> unowned)
    {
        if (unowned.Count == 0)
        {
            yield break;
        }

        yield return $"Unowned, nobody will be asked ({unowned.Count} sub-themes):";
        foreach (var u in unowned)
        {
            var label = u.SubThemeLabel is null ? "" : $" / {u.SubThemeLabel}";
            var reason = u.Reason == UnownedReason.NoDepartment ? "no 担当部署 and nobody assigned" : $"nobody on the roster in {u.Department}";
            yield return $"  {u.SubThemeKey} {u.InitiativeTitle}{label}: {reason}";
        }
    }

    public static IEnumerable<string> Existing(ReminderCycle? cycle)
    {
        if (cycle is null)
        {
            yield break;
        }

        var opened = cycle.OpenedAt.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        yield return cycle.State == ReminderCycleState.Closed
            ? $"The {cycle.Quarter} cycle was opened at {opened} and is closed; nothing more is sent."
            : $"The {cycle.Quarter} cycle is already open (since {opened}): {cycle.Recipients.Count} owners, {cycle.PendingCards.Count} cards not yet delivered. It is not opened again.";
    }

    private static string Reason(NothingToAsk reason) => reason switch
    {
        NothingToAsk.BeforePlan => "the quarter is before the plan's first fiscal year.",
        NothingToAsk.AfterPlan => "the quarter is after the plan's last fiscal year; the plan has ended.",
        NothingToAsk.NoPlanForPeriod => "the plan has no action column for that year.",
        NothingToAsk.NoOwners => "the plan has items for the quarter, but nobody is in charge of any of them (import a roster, or assign owners).",
        _ => reason.ToString(),
    };

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
