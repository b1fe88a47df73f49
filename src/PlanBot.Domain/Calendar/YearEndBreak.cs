using System.Globalization;

namespace PlanBot.Domain.Calendar;

/// <summary>
/// The year-end break (年末年始休暇) during which nobody works, given as a month/day range that may wrap the new
/// year: "12/29-1/3" by default. Both ends are included.
/// </summary>
public sealed record YearEndBreak
{
    public YearEndBreak(int firstMonth, int firstDay, int lastMonth, int lastDay)
    {
        EnsureDayOfYear(firstMonth, firstDay, nameof(firstDay));
        EnsureDayOfYear(lastMonth, lastDay, nameof(lastDay));
        FirstMonth = firstMonth;
        FirstDay = firstDay;
        LastMonth = lastMonth;
        LastDay = lastDay;
    }

    /// <summary>December 29 to January 3, the usual break of Japanese offices.</summary>
    public static YearEndBreak Default { get; } = new(12, 29, 1, 3);

    public int FirstMonth { get; }

    public int FirstDay { get; }

    public int LastMonth { get; }

    public int LastDay { get; }

    public bool Contains(DateOnly date)
    {
        var key = Key(date.Month, date.Day);
        var first = Key(FirstMonth, FirstDay);
        var last = Key(LastMonth, LastDay);
        return first <= last ? key >= first && key <= last : key >= first || key <= last;
    }

    /// <summary>Parses "12/29-1/3" (month/day, first-last).</summary>
    public static YearEndBreak Parse(string text) =>
        TryParse(text, out var result) ? result : throw new FormatException($"Not a year-end break (expected e.g. 12/29-1/3): '{text}'.");

    public static bool TryParse(string? text, out YearEndBreak result)
    {
        result = Default;
        var ends = text?.Split('-', StringSplitOptions.TrimEntries);
        if (ends is not { Length: 2 } || !TryParseMonthDay(ends[0], out var first) || !TryParseMonthDay(ends[1], out var last))
        {
            return false;
        }

        result = new(first.Month, first.Day, last.Month, last.Day);
        return true;
    }

    /// <summary>"12/29-1/3".</summary>
    public override string ToString() => $"{FirstMonth}/{FirstDay}-{LastMonth}/{LastDay}";

    private static int Key(int month, int day) => (month * 100) + day;

    private static bool TryParseMonthDay(string text, out (int Month, int Day) monthDay)
    {
        monthDay = default;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            return false;
        }

        monthDay = (month, day);
        return true;
    }

    private static void EnsureDayOfYear(int month, int day, string paramName)
    {
        // A leap year, so that 2/29 is accepted as a bound.
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month))
        {
            throw new ArgumentOutOfRangeException(paramName, $"{month}/{day} is not a day of the year.");
        }
    }
}
