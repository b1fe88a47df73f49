namespace PlanBot.Domain.Calendar;

/// <summary>
/// When the weekly digest is posted: on a day of the week (Monday by default) at a time in Japan (09:00 by default),
/// moved to the next business day when that day is not one.
/// </summary>
/// <remarks>
/// A week whose digest would move to or past the next week's digest day has none (e.g. the Monday 2025-12-29 in the
/// year-end break: the next business day is the following Monday, which has its own digest), so a week never posts
/// twice and two weeks never share a post.
/// </remarks>
public sealed class WeeklyDigestSchedule
{
    private readonly BusinessCalendar _calendar;

    /// <summary>Monday 09:00 JST.</summary>
    public WeeklyDigestSchedule(BusinessCalendar calendar)
        : this(calendar, DayOfWeek.Monday, new TimeOnly(9, 0))
    {
    }

    public WeeklyDigestSchedule(BusinessCalendar calendar, DayOfWeek day, TimeOnly timeOfDay)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!Enum.IsDefined(day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week.");
        }

        _calendar = calendar;
        Day = day;
        TimeOfDay = timeOfDay;
    }

    public DayOfWeek Day { get; }

    public TimeOnly TimeOfDay { get; }

    /// <summary>The digest of the week containing <paramref name="date"/> (weeks start on <see cref="Day"/>), or null when that week has none.</summary>
    public WeeklyDigestSlot? ForWeekOf(DateOnly date)
    {
        var week = date.AddDays(-(((int)date.DayOfWeek - (int)Day + 7) % 7));
        var postDay = _calendar.NextBusinessDayOnOrAfter(week);
        return postDay < week.AddDays(7) ? new(week, JapanTime.At(postDay, TimeOfDay)) : null;
    }

    /// <summary>The first digest posted strictly after an instant.</summary>
    public WeeklyDigestSlot NextAfter(DateTimeOffset instant)
    {
        for (var date = JapanTime.DateOf(instant); ; date = date.AddDays(7))
        {
            if (ForWeekOf(date) is { } slot && slot.At > instant)
            {
                return slot;
            }
        }
    }
}
