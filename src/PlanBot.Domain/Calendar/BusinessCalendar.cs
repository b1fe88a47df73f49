namespace PlanBot.Domain.Calendar;

/// <summary>
/// Business days in Japan: Monday to Friday, except public holidays (<see cref="JapaneseHolidays"/>) and the
/// year-end break. Dates are Japanese calendar dates; years outside
/// <see cref="JapaneseHolidays.FirstYear"/>–<see cref="JapaneseHolidays.LastYear"/> throw.
/// </summary>
public sealed class BusinessCalendar
{
    /// <summary>A calendar with the default year-end break, 12/29–1/3.</summary>
    public BusinessCalendar()
        : this(YearEndBreak.Default)
    {
    }

    public BusinessCalendar(YearEndBreak yearEndBreak)
    {
        ArgumentNullException.ThrowIfNull(yearEndBreak);
        YearEndBreak = yearEndBreak;
    }

    public YearEndBreak YearEndBreak { get; }

    public bool IsBusinessDay(DateOnly date) =>
        !JapaneseHolidays.IsHoliday(date)
        && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !YearEndBreak.Contains(date);

    /// <summary>
    /// Moves <paramref name="count"/> business days forward (positive) or back (negative), counting only business
    /// days and not the starting date: AddBusinessDays(Friday, 1) is the next Monday when that is a business day.
    /// A count of 0 returns the date unchanged, business day or not.
    /// </summary>
    public DateOnly AddBusinessDays(DateOnly date, int count)
    {
        var step = Math.Sign(count);
        var remaining = Math.Abs(count);
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsBusinessDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>The n-th business day after a date (n ≥ 1); the first business day after it is n = 1.</summary>
    public DateOnly NthBusinessDayAfter(DateOnly date, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return AddBusinessDays(date, n);
    }

    /// <summary>The n-th business day before a date (n ≥ 1); the last business day before it is n = 1.</summary>
    public DateOnly NthBusinessDayBefore(DateOnly date, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        return AddBusinessDays(date, -n);
    }

    /// <summary>The date itself when it is a business day, otherwise the first business day after it.</summary>
    public DateOnly NextBusinessDayOnOrAfter(DateOnly date) => IsBusinessDay(date) ? date : AddBusinessDays(date, 1);

    /// <summary>The date itself when it is a business day, otherwise the last business day before it.</summary>
    public DateOnly PreviousBusinessDayOnOrBefore(DateOnly date) => IsBusinessDay(date) ? date : AddBusinessDays(date, -1);

    /// <summary>How many business days lie from <paramref name="first"/> to <paramref name="last"/>, both included (0 when last &lt; first).</summary>
    public int CountBusinessDays(DateOnly first, DateOnly last)
    {
        var count = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (IsBusinessDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
