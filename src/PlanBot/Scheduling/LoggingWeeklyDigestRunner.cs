namespace PlanBot.Scheduling;

/// <summary>The stand-in until the digest is wired: says in the log that a week's digest came due, and posts nothing.</summary>
internal sealed class LoggingWeeklyDigestRunner(ILogger<LoggingWeeklyDigestRunner> logger) : IWeeklyDigestRunner
{
    public Task RunAsync(DateOnly week, CancellationToken cancellationToken)
    {
        SchedulingLog.WeeklyDigestNotWired(logger, week);
        return Task.CompletedTask;
    }
}
