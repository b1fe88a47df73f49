using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;

namespace PlanBot.Scheduling;

/// <summary>
/// When the quarter-end reminder stages are due (section <c>Reminders</c>), and the year-end break that every
/// business-day count skips (the weekly digest's too).
/// </summary>
public sealed class ReminderScheduleOptions
{
    public const string SectionName = "Reminders";

    /// <summary>The first reminder: the N-th business day counted back from the quarter end (its last business day is 1).</summary>
    public int FirstReminderBusinessDaysBeforeQuarterEnd { get; set; } = 5;

    /// <summary>The follow-up to owners who have not answered: the M-th business day after the quarter end.</summary>
    public int FollowUpBusinessDaysAfterQuarterEnd { get; set; } = 3;

    /// <summary>The notice to managers: the K-th business day after the quarter end (K greater than M).</summary>
    public int ManagerNoticeBusinessDaysAfterQuarterEnd { get; set; } = 7;

    /// <summary>The time of day in Japan at which every stage is due.</summary>
    public TimeOnly TimeOfDay { get; set; } = new(10, 0);

    /// <summary>The year-end break (年末年始休業) as month/day-month/day, e.g. "12/29-1/3".</summary>
    public string YearEndBreak { get; set; } = Domain.Calendar.YearEndBreak.Default.ToString();

    public ReminderScheduleSettings ToSettings() => new()
    {
        FirstReminderBusinessDaysBeforeEnd = FirstReminderBusinessDaysBeforeQuarterEnd,
        FollowUpBusinessDaysAfterEnd = FollowUpBusinessDaysAfterQuarterEnd,
        ManagerNoticeBusinessDaysAfterEnd = ManagerNoticeBusinessDaysAfterQuarterEnd,
        TimeOfDay = TimeOfDay,
    };

    public BusinessCalendar ToBusinessCalendar() => new(Domain.Calendar.YearEndBreak.Parse(YearEndBreak));
}
