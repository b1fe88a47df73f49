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
/// stage is idempotent: the cycle records that a stage ran, and every message is enqueued under a key naming the send
/// ("2026Q3:reminder:alice@example.com:1"), so a re-fired job or a second manual run enqueues nothing twice, and a run
/// cut short by a crash is completed by the next one.
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
        if (opening.Outcome == ReminderCycleOpeningOutcome.Opened)
        {
            try
            {
                await cycles.SaveAsync(opening.Cycle!, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidOperationException)
            {
                // The scheduler (or another run) opened the quarter meanwhile; its cycle stands and is resumed below.
                existing = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
                opening = ReminderCycle.Open(existing, plan, clock.GetUtcNow());
            }
        }

        if (opening.Cycle is not { } cycle)
        {
            return new ReminderDispatch(quarter, plan, opening.Outcome, null, [], 0);
        }

        var (enqueued, already) = await EnqueueCardsAsync(
            OutboxKinds.ReminderCard,
            actionPlan,
            cycle,
            cycle.PendingCards.Select(r => (r.Owner, r.SubThemeKeys)),
            cancellationToken).ConfigureAwait(false);
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
        if (started)
        {
            await cycles.SaveAsync(cycle, cancellationToken).ConfigureAwait(false);
        }

        var (enqueued, already) = await EnqueueCardsAsync(
            OutboxKinds.FollowUp,
            actionPlan,
            cycle,
            cycle.PendingFollowUps.Select(u => (u.Owner, u.SubThemeKeys)),
            cancellationToken).ConfigureAwait(false);
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
        if (started)
        {
            await cycles.SaveAsync(cycle, cancellationToken).ConfigureAwait(false);
        }
        else if (cycle.ManagerNoticeIssuedAt is null)
        {
            // Closed before the notice was due: nobody is chased any more.
            return new StageDispatch(quarter, false, [], 0);
        }

        var managers = (await roster.LoadAsync(cancellationToken).ConfigureAwait(false)).People.Managers;
        if (managers.Count == 0)
        {
            ReminderLog.NoManagers(logger, quarter.ToString());
        }

        var enqueued = new List<EnqueuedMessage>();
        var already = 0;
        foreach (var manager in managers)
        {
            var payload = new ManagerNoticePayload(quarter.ToString(), manager.Email);
            var entry = new OutboxEntry(OutboxKinds.ManagerNotice, payload.IdempotencyKey, manager.Email, null, payload.ToJson());
            if (await outbox.EnqueueAsync(entry, cancellationToken).ConfigureAwait(false))
            {
                enqueued.Add(new EnqueuedMessage(payload.IdempotencyKey, manager, []));
            }
            else
            {
                already++;
            }
        }

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

    /// <summary>One message per card part of each owner; keys already queued (in any state) are skipped.</summary>
    private async Task<(List<EnqueuedMessage> Enqueued, int Already)> EnqueueCardsAsync(
        string kind,
        ActionPlan actionPlan,
        ReminderCycle cycle,
        IEnumerable<(Person Owner, IReadOnlyList<string> SubThemeKeys)> owners,
        CancellationToken cancellationToken)
    {
        var enqueued = new List<EnqueuedMessage>();
        var already = 0;
        foreach (var (owner, keys) in owners)
        {
            var parts = ReminderCardParts.Split(actionPlan, keys);
            for (var i = 0; i < parts.Count; i++)
            {
                var payload = new ReminderCardPayload(cycle.Quarter.ToString(), owner.Email, i + 1, parts.Count, parts[i]);
                var key = payload.KeyFor(kind);
                var entry = new OutboxEntry(kind, key, owner.Email, null, payload.ToJson());
                if (await outbox.EnqueueAsync(entry, cancellationToken).ConfigureAwait(false))
                {
                    enqueued.Add(new EnqueuedMessage(key, owner, parts[i]));
                }
                else
                {
                    already++;
                }
            }
        }

        return (enqueued, already);
    }
}
