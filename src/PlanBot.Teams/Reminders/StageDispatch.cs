using PlanBot.Domain.Calendar;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Reminders;

/// <summary>
/// What a later stage (follow-up, manager notice) did: whether it started now (false: it had run before, and only what
/// was decided then and not yet queued was enqueued), and the messages enqueued now or found queued already.
/// </summary>
public sealed record StageDispatch(FiscalQuarter Quarter, bool StartedNow, IReadOnlyList<EnqueuedMessage> Enqueued, int AlreadyQueued);
