using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// What opening a quarter's reminder did: the plan it decided, whether the cycle was opened now, already existed or
/// had nothing to ask, the cycle (when there is one), and the messages enqueued now or found queued already.
/// </summary>
public sealed record ReminderDispatch(
    FiscalQuarter Quarter,
    ReminderPlan Plan,
    ReminderCycleOpeningOutcome Outcome,
    ReminderCycle? Cycle,
    IReadOnlyList<EnqueuedMessage> Enqueued,
    int AlreadyQueued);
