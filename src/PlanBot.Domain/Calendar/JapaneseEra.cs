namespace PlanBot.Domain.Calendar;

/// <summary>
/// Years of the current Japanese era, 令和 (Reiwa), which began on 2019-05-01: 令和元年 = 2019, 令和7年 = 2025.
/// Users write fiscal years this way ("令和7年度" = FY2025).
/// </summary>
public static class JapaneseEra
{
    public const string ReiwaName = "令和";

    /// <summary>The Gregorian year of 令和1年 (元年).</summary>
    public const int ReiwaFirstYear = 2019;

    /// <summary>The Gregorian year of a 令和 year: 1 (元年) → 2019, 7 → 2025.</summary>
    public static int ReiwaToGregorian(int reiwaYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reiwaYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reiwaYear, 9999 - ReiwaFirstYear + 1);
        return reiwaYear + ReiwaFirstYear - 1;
    }

    /// <summary>The 令和 year of a Gregorian year from 2019 on: 2025 → 7.</summary>
    public static int GregorianToReiwa(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, ReiwaFirstYear);
        return year - ReiwaFirstYear + 1;
    }

    /// <summary>"令和7年", or "令和元年" for the first year, as Japanese writes it.</summary>
    public static string FormatReiwaYear(int year)
    {
        var reiwa = GregorianToReiwa(year);
        return reiwa == 1 ? $"{ReiwaName}元年" : $"{ReiwaName}{reiwa}年";
    }
}
