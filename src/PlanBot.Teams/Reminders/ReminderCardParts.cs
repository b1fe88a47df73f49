using PlanBot.Domain.Plans;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// How an owner's sub-themes split into reminder cards, exactly as the card builder will split them
/// (<see cref="ReminderCard.Partition"/>), so each part gets its own outbox message and idempotency key.
/// </summary>
public sealed class ReminderCardParts
{
    private readonly Dictionary<string, ReminderCardItem> subThemes;

    /// <summary>The plan's sub-themes looked up once, for splitting many owners' cards (a quarter's opening).</summary>
    public ReminderCardParts(ActionPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);

        // Only the grouping matters here, so the items carry no plan excerpt.
        subThemes = plan.Initiatives
            .SelectMany(i => i.SubThemes.Select(s => (s.Key, Item: new ReminderCardItem(s.Key, i.Number, i.Title, s.Label, []))))
            .ToDictionary(x => x.Key, x => x.Item, StringComparer.Ordinal);
    }

    /// <summary>The owner's sub-theme keys per card, in card order; keys the plan no longer has go on the last card.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Split(ActionPlan plan, IReadOnlyList<string> subThemeKeys) =>
        new ReminderCardParts(plan).Split(subThemeKeys);

    /// <inheritdoc cref="Split(ActionPlan, IReadOnlyList{string})"/>
    public IReadOnlyList<IReadOnlyList<string>> Split(IReadOnlyList<string> subThemeKeys)
    {
        ArgumentNullException.ThrowIfNull(subThemeKeys);
        var known = subThemeKeys.Where(subThemes.ContainsKey).Select(k => subThemes[k]).ToArray();
        var parts = ReminderCard.Partition(known).Select(p => (IReadOnlyList<string>)p.Select(i => i.SubThemeKey).ToArray()).ToList();
        var unknown = subThemeKeys.Where(k => !subThemes.ContainsKey(k)).ToArray();
        if (unknown.Length > 0)
        {
            parts.Add(unknown);
        }

        return parts;
    }
}
