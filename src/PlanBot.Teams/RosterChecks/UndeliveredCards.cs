using PlanBot.Domain.People;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.RosterChecks;

/// <summary>
/// Reads a quarter's reminder-card outbox messages for the owners whose card has not gone out, and why (the English
/// error the outbox keeps becomes a <see cref="UndeliveredReason"/> the card words in Japanese).
/// </summary>
internal static class UndeliveredCards
{
    /// <summary>The outbox key prefix of a quarter's reminder cards ("2026Q3:reminder:").</summary>
    public static string KeyPrefix(string quarter) => $"{quarter}:reminder:";

    /// <summary>One entry per owner with any card part not sent, worst reason first among their parts, in the cycle's order.</summary>
    public static IReadOnlyList<UndeliveredCard> Of(ReminderCycle cycle, IEnumerable<OutboxMessage> messages, PersonDirectory roster)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(roster);
        var byOwner = messages
            .Where(m => m.Kind == OutboxKinds.ReminderCard && m.State != OutboxState.Sent && m.TargetEmail is not null)
            .GroupBy(m => m.TargetEmail!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(ReasonOf).Max(), StringComparer.OrdinalIgnoreCase);
        var order = cycle.Recipients.Select((r, i) => (r.Owner.Email, i)).ToDictionary(x => x.Email, x => x.i, StringComparer.OrdinalIgnoreCase);
        return byOwner
            .OrderBy(o => order.TryGetValue(o.Key, out var i) ? i : int.MaxValue)
            .ThenBy(o => o.Key, StringComparer.OrdinalIgnoreCase)
            .Select(o => new UndeliveredCard(
                cycle.RecipientFor(o.Key)?.Owner ?? roster.FindByEmail(o.Key) ?? new Person(o.Key, o.Key, null, null, PersonRole.Member),
                o.Value))
            .ToArray();
    }

    public static UndeliveredReason ReasonOf(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message switch
        {
            { State: OutboxState.FailedPermanent } => UndeliveredReason.GivenUp,
            { LastError: null or "" } => UndeliveredReason.Waiting,
            { LastError: { } error } when error.StartsWith(PersonalDelivery.NoChatError, StringComparison.Ordinal) => UndeliveredReason.NotFoundInTeams,
            _ => UndeliveredReason.Retrying,
        };
    }
}
