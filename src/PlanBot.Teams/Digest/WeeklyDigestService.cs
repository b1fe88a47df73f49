using Microsoft.Extensions.Logging;
using PlanBot.Connector.Schema;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards;

namespace PlanBot.Teams.Digest;

/// <summary>
/// The weekly digest from what the stores hold now: built for a channel (everything, changes since that channel's last
/// digest) or for an asker (<see cref="DigestScope.ForAsker"/>), enqueued once per week per channel, and turned into the
/// message the outbox sender posts.
/// </summary>
/// <remarks>
/// The week's entries are keyed <see cref="DigestKey"/> (channel and week), and the outbox adds a key once in any
/// state, so a re-fired job, a restart or a second instance enqueues nothing twice. The entry carries only the channel and
/// the week: the digest is built at send time (<see cref="BuildMessageAsync"/>), and the sender calls
/// <see cref="RecordPostedAsync"/> once Teams has it, which is where the channel's next "changes since" start.
/// </remarks>
public sealed class WeeklyDigestService(
    IPlanStore plans,
    IProgressStore progress,
    IRosterStore roster,
    IReminderCycleStore cycles,
    IDigestChannelStore channels,
    IConversationStore conversations,
    IOutbox outbox,
    DigestBuilder builder,
    TimeProvider clock,
    ILogger<WeeklyDigestService> logger)
{
    /// <summary>The digest as of now for a scope; null when no plan is stored.</summary>
    /// <param name="previousDigestAt">Where "changes since" start; null for the last 7 days.</param>
    public async Task<WeeklyDigest?> BuildAsync(DigestScope scope, DateTimeOffset? previousDigestAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var plan = await plans.LoadPlanAsync(cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var stored = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var reports = await progress.ListAllAsync(cancellationToken).ConfigureAwait(false);
        var cycle = await CurrentCycleAsync(FiscalQuarter.Of(now), cancellationToken).ConfigureAwait(false);
        var ownership = Ownership.Resolve(plan, stored.People, stored.Assignments);
        return builder.Build(new DigestInput(plan, ownership, reports, cycle, previousDigestAt, now, scope));
    }

    /// <summary>
    /// Enqueues the week's digest for every active digest channel whose conversation is not known to be closed to
    /// PlanBot. Idempotent per channel and week.
    /// </summary>
    /// <returns>How many entries were added now (0 when every channel already had this week's).</returns>
    public async Task<int> EnqueueWeekAsync(DateOnly week, CancellationToken cancellationToken)
    {
        if (await plans.LoadPlanAsync(cancellationToken).ConfigureAwait(false) is null)
        {
            DigestLog.NoPlan(logger, week);
            return 0;
        }

        int enqueued = 0, alreadyThere = 0, skipped = 0;
        foreach (var channel in await channels.ListActiveAsync(cancellationToken).ConfigureAwait(false))
        {
            var address = await conversations.FindAsync(channel.ChannelId, cancellationToken).ConfigureAwait(false);
            if (address is { State: not ConversationState.Active })
            {
                skipped++;
                continue;
            }

            var key = new DigestKey(channel.ChannelId, week);
            var entry = new OutboxEntry(OutboxKinds.Digest, key.ToString(), null, channel.ChannelId, DigestPayload.Of(key).ToJson());
            if (await outbox.EnqueueAsync(entry, cancellationToken).ConfigureAwait(false))
            {
                enqueued++;
            }
            else
            {
                alreadyThere++;
            }
        }

        DigestLog.WeekEnqueued(logger, week, enqueued, alreadyThere, skipped);
        return enqueued;
    }

    /// <summary>
    /// The message for a digest outbox entry, built now: the channel's digest (changes since its last digest) as a card,
    /// with the text digest for clients that render no card. The caller addresses it (conversation, service URL, bot).
    /// Null when there is nothing to post: the channel was stopped after the entry was enqueued, or no plan is stored.
    /// </summary>
    /// <exception cref="ArgumentException">The entry is not a digest entry, or its payload is unreadable.</exception>
    public async Task<Activity?> BuildMessageAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var key = KeyOf(message);
        var channel = await channels.FindAsync(key.ChannelId, cancellationToken).ConfigureAwait(false);
        if (channel is not { IsActive: true })
        {
            DigestLog.NothingToPost(logger, key.ChannelId, "the channel no longer gets the digest");
            return null;
        }

        var digest = await BuildAsync(DigestScope.Everything, channel.LastPostedAt, cancellationToken).ConfigureAwait(false);
        if (digest is null)
        {
            DigestLog.NothingToPost(logger, key.ChannelId, "no plan is stored");
            return null;
        }

        return Message(digest);
    }

    /// <summary>Records that the entry's channel had its digest now: the next digest's changes start here.</summary>
    /// <exception cref="ArgumentException">The entry is not a digest entry, or its payload is unreadable.</exception>
    public Task RecordPostedAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        channels.RecordPostedAsync(KeyOf(message).ChannelId, clock.GetUtcNow(), cancellationToken);

    /// <summary>
    /// A digest as a message: the card, carrying the text digest as its fallback for clients that cannot render it, and
    /// the heading as the notification summary. No message text: Teams would show it above the card, the digest twice.
    /// </summary>
    public static Activity Message(WeeklyDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var card = DigestCard.Build(digest) with { FallbackText = DigestText.Render(digest) };
        return CardMessage.Of(card, DigestTexts.Heading(digest.Date));
    }

    private static DigestKey KeyOf(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Kind != OutboxKinds.Digest)
        {
            throw new ArgumentException($"Outbox message {message.Id} is a '{message.Kind}', not a digest.", nameof(message));
        }

        try
        {
            return DigestPayload.Read(message.Payload);
        }
        catch (FormatException exception)
        {
            throw new ArgumentException($"Outbox message {message.Id}: {exception.Message}", nameof(message), exception);
        }
    }

    /// <summary>The latest cycle: this quarter's once it opens (near the quarter's end), else the one just ended, still being answered.</summary>
    private async Task<ReminderCycle?> CurrentCycleAsync(FiscalQuarter quarter, CancellationToken cancellationToken) =>
        await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false)
        ?? await cycles.LoadAsync(quarter.Previous, cancellationToken).ConfigureAwait(false);
}
