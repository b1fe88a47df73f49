using N = PlanBot.Domain.Calendar.JapaneseHolidayNames;

namespace PlanBot.Domain.Calendar;

/// <summary>
/// The public holidays of Japan, computed from the rules of 国民の祝日に関する法律 (and the special laws that moved or
/// added days) for <see cref="FirstYear"/>–<see cref="LastYear"/>, the range of the equinox approximation.
/// </summary>
/// <remarks>
/// Computed rather than read from a package because the served package gets Japan wrong (no 国民の休日, shifted dates
/// instead of 振替休日, no Japanese names). The equinox days are those of the standard approximation; the official
/// days, announced by the National Astronomical Observatory each February for the next year, have matched it in every
/// year announced so far. A future amendment of the law needs a change here.
/// </remarks>
public static class JapaneseHolidays
{
    /// <summary>The first year computed (the equinox formula's range starts in 1980).</summary>
    public const int FirstYear = 1980;

    /// <summary>The last year computed (the equinox formula's range ends in 2099).</summary>
    public const int LastYear = 2099;

    // Each year computed from pure rules the first time it is asked for, then kept: computing all 120 years up front
    // was a tenth of the scheduler's start, which needs two or three of them.
    private static readonly Lazy<IReadOnlyList<JapaneseHoliday>>[] ByYear =
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(year => new Lazy<IReadOnlyList<JapaneseHoliday>>(() => Compute(year))).ToArray();

    /// <summary>The holidays of a calendar year, in date order.</summary>
    public static IReadOnlyList<JapaneseHoliday> InYear(int year)
    {
        EnsureSupported(year);
        return ByYear[year - FirstYear].Value;
    }

    /// <summary>The holiday on a date, or null when the date is not a public holiday.</summary>
    public static JapaneseHoliday? On(DateOnly date)
    {
        // A year has at most about twenty holidays: a scan of its list is as quick as a lookup.
        foreach (var holiday in InYear(date.Year))
        {
            if (holiday.Date == date)
            {
                return holiday;
            }
        }

        return null;
    }

    public static bool IsHoliday(DateOnly date) => On(date) is not null;

    private static void EnsureSupported(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year), year, $"Japanese public holidays are computed for {FirstYear}-{LastYear} only.");
        }
    }

    // Lists scanned rather than dictionaries keyed by date: a year has about twenty days, and collections keyed by a
    // value type are compiled at run time (ReadyToRun cannot hold them), which was most of this method's cost at start.
    private static IReadOnlyList<JapaneseHoliday> Compute(int year)
    {
        var named = NamedDays(year).ToList();
        var all = new List<JapaneseHoliday>(named);

        // Article 3(2), 振替休日: since 2007 the nearest following day that is not a 祝日; before 2007 only the next day.
        foreach (var holiday in named.Where(h => h.Kind == JapaneseHolidayKind.NationalHoliday && h.Date.DayOfWeek == DayOfWeek.Sunday))
        {
            var day = holiday.Date.AddDays(1);
            while (year >= 2007 && Contains(named, day))
            {
                day = day.AddDays(1);
            }

            if (!Contains(all, day))
            {
                all.Add(new(day, N.SubstituteHoliday, JapaneseHolidayKind.SubstituteHoliday));
            }
        }

        // Article 3(3), 国民の休日 (in force since 1985-12-27): a day between two 祝日. Until 2006 the law excluded
        // Sundays and 振替休日; since 2007 it only requires the day not to be a 祝日 itself.
        if (year >= 1986)
        {
            foreach (var holiday in named)
            {
                var day = holiday.Date.AddDays(1);
                if (Contains(named, day.AddDays(1)) && !Contains(all, day) && (year >= 2007 || day.DayOfWeek != DayOfWeek.Sunday))
                {
                    all.Add(new(day, N.CitizensHoliday, JapaneseHolidayKind.CitizensHoliday));
                }
            }
        }

        all.Sort((left, right) => left.Date.DayNumber - right.Date.DayNumber);
        return all.AsReadOnly();
    }

    private static bool Contains(List<JapaneseHoliday> holidays, DateOnly date) => holidays.Exists(holiday => holiday.Date == date);

    /// <summary>The 祝日 of Article 2 as they stood in that year, with the special laws' days.</summary>
    private static IEnumerable<JapaneseHoliday> NamedDays(int year)
    {
        JapaneseHoliday Day(int month, int day, string name) => new(new DateOnly(year, month, day), name, JapaneseHolidayKind.NationalHoliday);
        JapaneseHoliday Special(int month, int day, string name) => new(new DateOnly(year, month, day), name, JapaneseHolidayKind.SpecialHoliday);
        JapaneseHoliday Monday(int month, int week, string name) => new(NthMonday(year, month, week), name, JapaneseHolidayKind.NationalHoliday);

        yield return Day(1, 1, N.NewYearsDay);

        // Happy Monday law (2000): 成人の日 and 体育の日 moved to Mondays; 海の日 and 敬老の日 followed in 2003.
        yield return year < 2000 ? Day(1, 15, N.ComingOfAgeDay) : Monday(1, 2, N.ComingOfAgeDay);
        yield return Day(2, 11, N.NationalFoundationDay);
        if (year >= 2020)
        {
            yield return Day(2, 23, N.EmperorsBirthday);
        }

        if (year == 1989)
        {
            yield return Special(2, 24, N.FuneralOfEmperorShowa);
        }

        yield return Day(3, EquinoxDay(year, 20.8431m), N.VernalEquinoxDay);
        yield return Day(4, 29, year switch
        {
            <= 1988 => N.EmperorsBirthday,
            <= 2006 => N.GreeneryDay,
            _ => N.ShowaDay,
        });

        if (year == 2019)
        {
            yield return Special(5, 1, N.EnthronementDay);
        }

        yield return Day(5, 3, N.ConstitutionDay);
        if (year >= 2007)
        {
            // Until 2006 May 4 was a 国民の休日 by Article 3(3); since 2007 it is みどりの日.
            yield return Day(5, 4, N.GreeneryDay);
        }

        yield return Day(5, 5, N.ChildrensDay);
        if (year == 1993)
        {
            yield return Special(6, 9, N.CrownPrinceWedding);
        }

        // The Tokyo Olympics special measures moved 海の日, スポーツの日 and 山の日 in 2020 and again in 2021.
        switch (year)
        {
            case 2020:
                yield return Day(7, 23, N.MarineDay);
                yield return Day(7, 24, N.SportsDay);
                yield return Day(8, 10, N.MountainDay);
                break;
            case 2021:
                yield return Day(7, 22, N.MarineDay);
                yield return Day(7, 23, N.SportsDay);
                yield return Day(8, 8, N.MountainDay);
                break;
            default:
                if (year >= 2003)
                {
                    yield return Monday(7, 3, N.MarineDay);
                }
                else if (year >= 1996)
                {
                    yield return Day(7, 20, N.MarineDay);
                }

                if (year >= 2016)
                {
                    yield return Day(8, 11, N.MountainDay);
                }

                break;
        }

        yield return year < 2003 ? Day(9, 15, N.RespectForTheAgedDay) : Monday(9, 3, N.RespectForTheAgedDay);
        yield return Day(9, EquinoxDay(year, 23.2488m), N.AutumnalEquinoxDay);
        if (year < 2000)
        {
            yield return Day(10, 10, N.HealthAndSportsDay);
        }
        else if (year < 2020)
        {
            yield return Monday(10, 2, N.HealthAndSportsDay);
        }
        else if (year >= 2022)
        {
            yield return Monday(10, 2, N.SportsDay);
        }

        if (year == 1990)
        {
            yield return Special(11, 12, N.EnthronementCeremony);
        }

        if (year == 2019)
        {
            yield return Special(10, 22, N.EnthronementCeremony);
        }

        yield return Day(11, 3, N.CultureDay);
        yield return Day(11, 23, N.LaborThanksgivingDay);
        if (year is >= 1989 and <= 2018)
        {
            yield return Day(12, 23, N.EmperorsBirthday);
        }
    }

    /// <summary>The standard approximation of the equinox day for 1980–2099 (constant 20.8431 for spring, 23.2488 for autumn).</summary>
    private static int EquinoxDay(int year, decimal constant) =>
        (int)decimal.Floor(constant + (0.242194m * (year - 1980)) - ((year - 1980) / 4));

    private static DateOnly NthMonday(int year, int month, int week)
    {
        var first = new DateOnly(year, month, 1);
        var toMonday = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toMonday + (7 * (week - 1)));
    }
}
