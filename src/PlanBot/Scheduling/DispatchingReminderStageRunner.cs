using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Proactive;

namespace PlanBot.Scheduling;

/// <summary>
/// Runs a reminder stage through the <see cref="ReminderDispatcher"/>: the first reminder opens the cycle and enqueues
/// the cards, the follow-up and the manager notice enqueue theirs; the outbox sender delivers them. Idempotent as the
/// dispatcher is: a re-fired stage finds the stage recorded on the cycle and every key already queued.
/// </summary>
internal sealed class DispatchingReminderStageRunner(ReminderDispatcher dispatcher, ILogger<DispatchingReminderStageRunner> logger) : IReminderStageRunner
{
    public async Task RunAsync(FiscalQuarter quarter, ReminderScheduleStage stage, CancellationToken cancellationToken)
    {
        var (enqueued, already) = stage switch
        {
            ReminderScheduleStage.FirstReminder => Counts(await dispatcher.OpenAndEnqueueAsync(quarter, cancellationToken).ConfigureAwait(false)),
            ReminderScheduleStage.FollowUp => Counts(await dispatcher.EnqueueFollowUpsAsync(quarter, cancellationToken).ConfigureAwait(false)),
            ReminderScheduleStage.ManagerNotice => Counts(await dispatcher.EnqueueManagerNoticeAsync(quarter, cancellationToken).ConfigureAwait(false)),
            _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown reminder stage."),
        };
        SchedulingLog.ReminderStageRan(logger, quarter.ToString(), stage, enqueued, already);
    }

    private static (int Enqueued, int Already) Counts(ReminderDispatch? dispatch) =>
        dispatch is null ? (0, 0) : (dispatch.Enqueued.Count, dispatch.AlreadyQueued);

    private static (int Enqueued, int Already) Counts(StageDispatch? dispatch) =>
        dispatch is null ? (0, 0) : (dispatch.Enqueued.Count, dispatch.AlreadyQueued);
}
