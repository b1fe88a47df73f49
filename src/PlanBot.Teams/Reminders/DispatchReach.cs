using PlanBot.Domain.Conversations;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// How far the cards a dispatch queued can go (see <see cref="CardReach"/>): its owners, those who can be reached and
/// their cards, and why each of the others cannot. What 「リマインド送信」 and the CLI's <c>remind</c> report.
/// </summary>
public sealed record DispatchReach(int Owners, int ReachableOwners, int ReachableCards, IReadOnlyList<UnreachableReason> Unreachable)
{
    public static async Task<DispatchReach> OfAsync(IConversationStore conversations, IReadOnlyList<EnqueuedMessage> enqueued, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enqueued);
        var owners = enqueued.Select(e => e.Recipient).DistinctBy(p => p.Email, StringComparer.OrdinalIgnoreCase).ToArray();
        var reach = await CardReach.OfAsync(conversations, owners, cancellationToken).ConfigureAwait(false);
        var reachable = reach.Reachable.Select(p => p.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new DispatchReach(
            owners.Length,
            reachable.Count,
            enqueued.Count(e => reachable.Contains(e.Recipient.Email)),
            [.. reach.Unreachable.Select(u => u.Reason)]);
    }

    public int Count(UnreachableReason reason) => Unreachable.Count(r => r == reason);
}
