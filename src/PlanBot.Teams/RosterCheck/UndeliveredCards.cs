using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Reminders;

namespace PlanBot.Teams.RosterCheck;

/// <summary>
/// Reads a quarter's reminder-card outbox messages for the owners whose card has not gone out, and how far the outbox
/// got: waiting, retrying or given up. Whether a retried owner can be found in Teams at all is the roster check's to say
/// (<see cref="RosterCheckReport.Build"/>), from the member lists it has just read rather than from an error's wording.
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
            _ => UndeliveredReason.Retrying,
        };
    }
}
