namespace PlanBot.Scheduling;

/// <summary>
/// Posts one week's digest when its trigger fires. The week is its nominal digest day (see
/// <see cref="Domain.Calendar.WeeklyDigestSlot"/>), the key of "one post per week per channel". Must be idempotent:
/// a recovered or re-fired job calls it again for the same week, and a week already posted must post nothing twice.
/// </summary>
public interface IWeeklyDigestRunner
{
    Task RunAsync(DateOnly week, CancellationToken cancellationToken);
}
