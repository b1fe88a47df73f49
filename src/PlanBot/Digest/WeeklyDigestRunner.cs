using PlanBot.Scheduling;
using PlanBot.Teams.Digest;

namespace PlanBot.Digest;

/// <summary>
/// The weekly digest job's work: one outbox entry per active digest channel for the week, keyed by channel and week,
/// so a re-fired job, a restart or a second instance enqueues nothing twice. The outbox sender posts them.
/// </summary>
internal sealed class WeeklyDigestRunner(WeeklyDigestService digests) : IWeeklyDigestRunner
{
    public Task RunAsync(DateOnly week, CancellationToken cancellationToken) => digests.EnqueueWeekAsync(week, cancellationToken);
}
