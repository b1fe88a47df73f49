using PlanBot.Domain.Calendar;

namespace PlanBot.Tests.Scheduling;

/// <summary>Instants written as a wall clock in Japan, as the schedule is specified.</summary>
internal static class Jst
{
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        JapanTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));
}
