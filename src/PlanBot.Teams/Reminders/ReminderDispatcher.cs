using Microsoft.Extensions.Logging;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// Decides a quarter's proactive sends and puts them in the outbox; <see cref="OutboxSender"/> delivers them. Each
/// stage is one durable step: the cycle's stamp for the stage and every message it decided are stored in one
/// transaction, so a crash leaves the stage done with all its messages queued, or not done at all. Stages are
/// idempotent too: every message is enqueued under a key naming the send ("2026Q3:reminder:alice@example.com:1"), so a
/// re-fired job or a second manual run enqueues nothing twice.
/// </summary>
public sealed class ReminderDispatcher(
    IPlanStore plans,
    IProgressStore progress,
    IRosterStore roster,
    IReminderCycleStore cycles,
    IOutbox outbox,
    TimeProvider clock,
    ILogger<ReminderDispatcher> logger)
{
    /// <summary>
    /// Opens the quarter's cycle (once) and enqueues one message per card part of every owner whose card is not
    /// delivered yet. Null when the store holds no plan.
    /// </summary>
    public async Task<ReminderDispatch?> OpenAndEnqueueAsync(FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        var actionPlan = await plans.LoadPlanAsync(cancellationToken).ConfigureAwait(false);
        if (actionPlan is null)
        {
            ReminderLog.NoPlan(logger, quarter.ToString());
            return null;
        }

        var stored = await roster.LoadAsync(cancellationToken).ConfigureAwait(false);
        var reports = await progress.ListAllAsync(cancellationToken).ConfigureAwait(false);
        var plan = ReminderPlanner.Plan(actionPlan, Ownership.Resolve(actionPlan, stored.People, stored.Assignments), quarter, reports);
        var existing = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
        var opening = ReminderCycle.Open(existing, plan, clock.GetUtcNow());
        if (opening.Cycle is not { } cycle)
        {
            return new ReminderDispatch(quarter, plan, opening.Outcome, null, [], 0);
        }

        var cards = Cards(OutboxKinds.ReminderCard, actionPlan, cycle, cycle.PendingCards.Select(r => (r.Owner, r.SubThemeKeys)));
        IReadOnlySet<string> queued;
        if (opening.Outcome == ReminderCycleOpeningOutcome.Opened)
        {
            try
            {
                // One transaction: a crash leaves the quarter with its cycle and every card queued, or with neither.
                queued = await cycles.SaveAsync(cycle, [.. cards.Select(c => c.Entry)], cancellationToken).ConfigureAwait(false);
            }
            catch (CycleOpenedElsewhereException)
            {
                // The scheduler (or another run) opened the quarter meanwhile; its cycle stands and is resumed.
                existing = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
                opening = ReminderCycle.Open(existing, plan, clock.GetUtcNow());
                cycle = opening.Cycle!;
                cards = Cards(OutboxKinds.ReminderCard, actionPlan, cycle, cycle.PendingCards.Select(r => (r.Owner, r.SubThemeKeys)));
                queued = await outbox.EnqueueManyAsync([.. cards.Select(c => c.Entry)], cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            // Opened before: whatever of its cards is not queued yet (a cycle stored by an older version, a card part
            // added since) is queued now, all at once.
            queued = await outbox.EnqueueManyAsync([.. cards.Select(c => c.Entry)], cancellationToken).ConfigureAwait(false);
        }

        var (enqueued, already) = Split(cards, queued);
        ReminderLog.StageEnqueued(logger, quarter.ToString(), ReminderScheduleStage.FirstReminder, enqueued.Count, already);
        return new ReminderDispatch(quarter, plan, opening.Outcome, cycle, enqueued, already);
    }

    /// <summary>
    /// Starts the follow-up (once) and enqueues one message per card part of every owner it chose whose follow-up is
    /// not delivered yet, asking only about what is still unanswered. Null when the quarter has no cycle or no plan.
    /// </summary>
    public async Task<StageDispatch?> EnqueueFollowUpsAsync(FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        var (actionPlan, cycle) = await LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
        if (actionPlan is null || cycle is null)
        {
            return null;
        }

        var started = cycle.StartFollowUp(clock.GetUtcNow());
        var cards = Cards(OutboxKinds.FollowUp, actionPlan, cycle, cycle.PendingFollowUps.Select(u => (u.Owner, u.SubThemeKeys)));
        var queued = await SaveAndQueueAsync(started ? cycle : null, [.. cards.Select(c => c.Entry)], cancellationToken).ConfigureAwait(false);
        var (enqueued, already) = Split(cards, queued);
        ReminderLog.StageEnqueued(logger, quarter.ToString(), ReminderScheduleStage.FollowUp, enqueued.Count, already);
        return new StageDispatch(quarter, started, enqueued, already);
    }

    /// <summary>
    /// Issues the manager notice (once) and enqueues one message per manager on the roster; who has not answered is read
    /// when each is sent. Null when the quarter has no cycle.
    /// </summary>
    public async Task<StageDispatch?> EnqueueManagerNoticeAsync(FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        var cycle = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
        if (cycle is null)
        {
            ReminderLog.NoCycle(logger, quarter.ToString(), ReminderScheduleStage.ManagerNotice);
            return null;
        }

        var started = cycle.IssueManagerNotice(clock.GetUtcNow()) is not null;
        if (!started && cycle.ManagerNoticeIssuedAt is null)
        {
            // Closed before the notice was due: nobody is chased any more.
            return new StageDispatch(quarter, false, [], 0);
        }

        var managers = (await roster.LoadAsync(cancellationToken).ConfigureAwait(false)).People.Managers;
        if (managers.Count == 0)
        {
            ReminderLog.NoManagers(logger, quarter.ToString());
        }

        var notices = managers
            .Select(manager => (Payload: new ManagerNoticePayload(quarter.ToString(), manager.Email), Manager: manager))
            .Select(n => new QueuedMessage(
                new OutboxEntry(OutboxKinds.ManagerNotice, n.Payload.IdempotencyKey, n.Manager.Email, null, n.Payload.ToJson()),
                new EnqueuedMessage(n.Payload.IdempotencyKey, n.Manager, [])))
            .ToList();
        var queued = await SaveAndQueueAsync(started ? cycle : null, [.. notices.Select(n => n.Entry)], cancellationToken).ConfigureAwait(false);
        var (enqueued, already) = Split(notices, queued);
        ReminderLog.StageEnqueued(logger, quarter.ToString(), ReminderScheduleStage.ManagerNotice, enqueued.Count, already);
        return new StageDispatch(quarter, started, enqueued, already);
    }

    private async Task<(ActionPlan? Plan, ReminderCycle? Cycle)> LoadAsync(FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        var cycle = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
        if (cycle is null)
        {
            ReminderLog.NoCycle(logger, quarter.ToString(), ReminderScheduleStage.FollowUp);
            return (null, null);
        }

        var actionPlan = await plans.LoadPlanAsync(cancellationToken).ConfigureAwait(false);
        if (actionPlan is null)
        {
            ReminderLog.NoPlan(logger, quarter.ToString());
        }

        return (actionPlan, cycle);
    }

    /// <summary>Stores the stage's stamp on the cycle (when it started now) and queues its messages, in one transaction.</summary>
    private async Task<IReadOnlySet<string>> SaveAndQueueAsync(ReminderCycle? started, IReadOnlyList<OutboxEntry> messages, CancellationToken cancellationToken) =>
        started is not null
            ? await cycles.SaveAsync(started, messages, cancellationToken).ConfigureAwait(false)
            : await outbox.EnqueueManyAsync(messages, cancellationToken).ConfigureAwait(false);

    /// <summary>One message per card part of each owner, under keys naming the send.</summary>
    private static List<QueuedMessage> Cards(string kind, ActionPlan actionPlan, ReminderCycle cycle, IEnumerable<(Person Owner, IReadOnlyList<string> SubThemeKeys)> owners)
    {
        var cards = new List<QueuedMessage>();
        var split = new ReminderCardParts(actionPlan);
        foreach (var (owner, keys) in owners)
        {
            var parts = split.Split(keys);
            for (var i = 0; i < parts.Count; i++)
            {
                var payload = new ReminderCardPayload(cycle.Quarter.ToString(), owner.Email, i + 1, parts.Count, parts[i]);
                var key = payload.KeyFor(kind);
                cards.Add(new QueuedMessage(new OutboxEntry(kind, key, owner.Email, null, payload.ToJson()), new EnqueuedMessage(key, owner, parts[i])));
            }
        }

        return cards;
    }

    /// <summary>The messages queued now, and how many were queued already (in any state).</summary>
    private static (List<EnqueuedMessage> Enqueued, int Already) Split(List<QueuedMessage> messages, IReadOnlySet<string> queued)
    {
        var enqueued = messages.Where(m => queued.Contains(m.Entry.IdempotencyKey)).Select(m => m.Message).ToList();
        return (enqueued, messages.Count - enqueued.Count);
    }

    private sealed record QueuedMessage(OutboxEntry Entry, EnqueuedMessage Message);
}
