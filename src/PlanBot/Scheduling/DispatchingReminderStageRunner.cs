using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Reminders;
using PlanBot.Teams.RosterCheck;

namespace PlanBot.Scheduling;

/// <summary>
/// Runs a reminder stage through the <see cref="ReminderDispatcher"/>: the first reminder opens the cycle and enqueues
/// the cards, the follow-up and the manager notice enqueue theirs; the outbox sender delivers them. The follow-up also
/// sends each admin the roster check when it finds something to act on (<see cref="RosterCheckNotices"/>). Idempotent
/// as the dispatcher is: a re-fired stage finds the stage recorded on the cycle and every key already queued.
/// Scoped (one per job run): the roster check reads team members through a typed HTTP client.
/// </summary>
internal sealed class DispatchingReminderStageRunner(
    ReminderDispatcher dispatcher,
    RosterCheckNotices rosterChecks,
    ILogger<DispatchingReminderStageRunner> logger) : IReminderStageRunner
{
    public async Task RunAsync(FiscalQuarter quarter, ReminderScheduleStage stage, CancellationToken cancellationToken)
    {
        var (enqueued, already) = stage switch
        {
            ReminderScheduleStage.FirstReminder => Counts(await dispatcher.OpenAndEnqueueAsync(quarter, cancellationToken).ConfigureAwait(false)),
            ReminderScheduleStage.FollowUp => await FollowUpAsync(quarter, cancellationToken).ConfigureAwait(false),
            ReminderScheduleStage.ManagerNotice => Counts(await dispatcher.EnqueueManagerNoticeAsync(quarter, cancellationToken).ConfigureAwait(false)),
            _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown reminder stage."),
        };
        SchedulingLog.ReminderStageRan(logger, quarter.ToString(), stage, enqueued, already);
    }

    /// <summary>The follow-ups, then (only for a quarter with a cycle) the roster check to admins; the counts add up.</summary>
    private async Task<(int Enqueued, int Already)> FollowUpAsync(FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        var followUps = await dispatcher.EnqueueFollowUpsAsync(quarter, cancellationToken).ConfigureAwait(false);
        if (followUps is null)
        {
            return (0, 0);
        }

        var (enqueued, already) = await rosterChecks.EnqueueAsync(quarter, cancellationToken).ConfigureAwait(false);
        return (followUps.Enqueued.Count + enqueued.Count, followUps.AlreadyQueued + already);
    }

    private static (int Enqueued, int Already) Counts(ReminderDispatch? dispatch) =>
        dispatch is null ? (0, 0) : (dispatch.Enqueued.Count, dispatch.AlreadyQueued);

    private static (int Enqueued, int Already) Counts(StageDispatch? dispatch) =>
        dispatch is null ? (0, 0) : (dispatch.Enqueued.Count, dispatch.AlreadyQueued);
}
