namespace PlanBot.Scheduling;

/// <summary>
/// Posts one week's digest when its trigger fires. <paramref name="week"/> in <see cref="RunAsync"/> is the week's
/// nominal digest day (see <see cref="Domain.Calendar.WeeklyDigestSlot"/>), the key of "one post per week per
/// channel". Must be idempotent: a re-fired job calls it again for the same week.
/// </summary>
public interface IWeeklyDigestRunner
{
    Task RunAsync(DateOnly week, CancellationToken cancellationToken);
}
