using System.Globalization;
using CsCheck;
using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Tests.Calendar;

public sealed class JapaneseHolidaysTests
{
    // The Cabinet Office's lists (内閣府「国民の祝日について」), every public holiday of the year.
    public static TheoryData<int, string[]> OfficialLists => new()
    {
        {
            2024,
            ["01-01", "01-08", "02-11", "02-12", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06", "07-15",
             "08-11", "08-12", "09-16", "09-22", "09-23", "10-14", "11-03", "11-04", "11-23"]
        },
        {
            2025,
            ["01-01", "01-13", "02-11", "02-23", "02-24", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06", "07-21",
             "08-11", "09-15", "09-23", "10-13", "11-03", "11-23", "11-24"]
        },
        {
            2026,
            ["01-01", "01-12", "02-11", "02-23", "03-20", "04-29", "05-03", "05-04", "05-05", "05-06", "07-20", "08-11",
             "09-21", "09-22", "09-23", "10-12", "11-03", "11-23"]
        },
        {
            2027,
            ["01-01", "01-11", "02-11", "02-23", "03-21", "03-22", "04-29", "05-03", "05-04", "05-05", "07-19", "08-11",
             "09-20", "09-23", "10-11", "11-03", "11-23"]
        },
    };

    [Theory]
    [MemberData(nameof(OfficialLists))]
    public void InYear_OfficialYear_MatchesCabinetOfficeListExactly(int year, string[] monthDays)
    {
        var expected = monthDays.Select(md => DateOnly.Parse($"{year}-{md}", CultureInfo.InvariantCulture));

        var actual = JapaneseHolidays.InYear(year).Select(h => h.Date);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void InYear_2026_HasJapaneseNamesAndKinds()
    {
        var holidays = JapaneseHolidays.InYear(2026).ToDictionary(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture));

        Assert.Equal("元日", holidays["01-01"].Name);
        Assert.Equal("成人の日", holidays["01-12"].Name);
        Assert.Equal("建国記念の日", holidays["02-11"].Name);
        Assert.Equal("天皇誕生日", holidays["02-23"].Name);
        Assert.Equal("春分の日", holidays["03-20"].Name);
        Assert.Equal("昭和の日", holidays["04-29"].Name);
        Assert.Equal("憲法記念日", holidays["05-03"].Name);
        Assert.Equal("みどりの日", holidays["05-04"].Name);
        Assert.Equal("こどもの日", holidays["05-05"].Name);
        Assert.Equal(new JapaneseHoliday(new(2026, 5, 6), "振替休日", JapaneseHolidayKind.SubstituteHoliday), holidays["05-06"]);
        Assert.Equal("海の日", holidays["07-20"].Name);
        Assert.Equal("山の日", holidays["08-11"].Name);
        Assert.Equal("敬老の日", holidays["09-21"].Name);
        Assert.Equal(new JapaneseHoliday(new(2026, 9, 22), "国民の休日", JapaneseHolidayKind.CitizensHoliday), holidays["09-22"]);
        Assert.Equal("秋分の日", holidays["09-23"].Name);
        Assert.Equal("スポーツの日", holidays["10-12"].Name);
        Assert.Equal("文化の日", holidays["11-03"].Name);
        Assert.Equal("勤労感謝の日", holidays["11-23"].Name);
        Assert.All(holidays.Values.Where(h => h.Name is not ("振替休日" or "国民の休日")), h => Assert.Equal(JapaneseHolidayKind.NationalHoliday, h.Kind));
    }

    [Theory]
    [InlineData("2026-05-06", "振替休日")] // 憲法記念日 on Sunday; 5/4 and 5/5 are 祝日 themselves
    [InlineData("2027-03-22", "振替休日")] // 春分の日 on Sunday
    [InlineData("2025-05-06", "振替休日")] // みどりの日 on Sunday
    [InlineData("2026-09-22", "国民の休日")] // between 敬老の日 and 秋分の日
    [InlineData("2032-09-21", "国民の休日")]
    [InlineData("2019-04-30", "国民の休日")] // between 昭和の日 and 天皇の即位の日
    [InlineData("2019-05-02", "国民の休日")] // between 天皇の即位の日 and 憲法記念日
    [InlineData("2019-05-01", "天皇の即位の日")]
    [InlineData("2019-10-22", "即位礼正殿の儀")]
    [InlineData("2019-05-06", "振替休日")]
    [InlineData("2018-12-23", "天皇誕生日")]
    [InlineData("2018-12-24", "振替休日")]
    [InlineData("2020-02-23", "天皇誕生日")]
    [InlineData("2020-02-24", "振替休日")]
    [InlineData("2020-07-23", "海の日")] // Olympic moves
    [InlineData("2020-07-24", "スポーツの日")]
    [InlineData("2020-08-10", "山の日")]
    [InlineData("2021-07-22", "海の日")]
    [InlineData("2021-07-23", "スポーツの日")]
    [InlineData("2021-08-08", "山の日")]
    [InlineData("2021-08-09", "振替休日")]
    [InlineData("2016-08-11", "山の日")]
    [InlineData("2019-10-14", "体育の日")]
    [InlineData("2006-05-04", "国民の休日")] // before みどりの日 moved to 5/4
    [InlineData("2007-05-04", "みどりの日")]
    [InlineData("2006-04-29", "みどりの日")]
    [InlineData("2009-09-22", "国民の休日")]
    [InlineData("2002-07-20", "海の日")]
    [InlineData("1999-01-15", "成人の日")]
    public void On_KnownDate_IsThatHoliday(string date, string name)
    {
        var holiday = JapaneseHolidays.On(DateOnly.Parse(date, CultureInfo.InvariantCulture));

        Assert.Equal(name, holiday?.Name);
    }

    [Theory]
    [InlineData("2019-12-23")] // 天皇誕生日 left 12/23 after 2018
    [InlineData("2019-02-23")] // and came to 2/23 only from 2020
    [InlineData("2015-08-11")] // 山の日 began in 2016
    [InlineData("2020-10-12")] // スポーツの日 moved to 7/24 in 2020
    [InlineData("2021-10-11")]
    [InlineData("2021-07-19")] // 海の日 moved to 7/22 in 2021
    [InlineData("2026-05-07")]
    [InlineData("2027-05-06")] // 憲法記念日 on Monday: no 振替休日
    [InlineData("2026-12-29")] // the year-end break is not a public holiday
    [InlineData("2003-05-04")] // a Sunday between two 祝日: before 2007 the law excluded Sundays from 国民の休日
    public void On_OrdinaryDay_IsNull(string date) =>
        Assert.Null(JapaneseHolidays.On(DateOnly.Parse(date, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(1979)]
    [InlineData(2100)]
    public void InYear_OutsideFormulaRange_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseHolidays.InYear(year));

    [Fact]
    public void InYear_EveryYear2000To2099_HasDistinctDatesInThatYearInOrder()
    {
        Gen.Int[2000, 2099].Sample(year =>
        {
            var dates = JapaneseHolidays.InYear(year).Select(h => h.Date).ToList();
            Assert.All(dates, d => Assert.Equal(year, d.Year));
            Assert.Equal(dates.Order(), dates);
            Assert.Equal(dates.Count, dates.Distinct().Count());
        });
    }

    [Fact]
    public void InYear_EveryYear2000To2099_HasBetween15And21Holidays()
    {
        // The brief's 15–18 is too narrow: 2024 has 21 (four 祝日 on Sunday). 2019, with the enthronement days, has 22.
        for (var year = 2000; year <= 2099; year++)
        {
            var count = JapaneseHolidays.InYear(year).Count;
            Assert.InRange(count, 15, year == 2019 ? 22 : 21);
        }
    }

    [Fact]
    public void InYear_2022To2099_HasSixteenNationalHolidays()
    {
        Gen.Int[2022, 2099].Sample(year =>
            Assert.Equal(16, JapaneseHolidays.InYear(year).Count(h => h.Kind == JapaneseHolidayKind.NationalHoliday)));
    }

    [Fact]
    public void InYear_SundayNationalHoliday_IsFollowedBySubstituteOnFirstDayThatIsNotANationalHoliday()
    {
        Gen.Int[2007, 2099].Sample(year =>
        {
            var holidays = JapaneseHolidays.InYear(year);
            var national = holidays.Where(h => h.Kind == JapaneseHolidayKind.NationalHoliday).Select(h => h.Date).ToHashSet();
            var expected = national.Where(d => d.DayOfWeek == DayOfWeek.Sunday)
                .Select(d =>
                {
                    var next = d.AddDays(1);
                    while (national.Contains(next))
                    {
                        next = next.AddDays(1);
                    }

                    return next;
                })
                .Order();

            Assert.Equal(expected, holidays.Where(h => h.Kind == JapaneseHolidayKind.SubstituteHoliday).Select(h => h.Date));
        });
    }

    [Fact]
    public void InYear_SubstituteAndCitizensHolidays_FallOnWeekdaysOnly()
    {
        Gen.Int[2007, 2099].Sample(year =>
            Assert.All(
                JapaneseHolidays.InYear(year).Where(h => h.Kind is JapaneseHolidayKind.SubstituteHoliday or JapaneseHolidayKind.CitizensHoliday),
                h => Assert.True(h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{h} is on a weekend")));
    }

    [Fact]
    public void On_DaySandwichedBetweenNationalHolidays_IsAHoliday()
    {
        var days = Gen.Int[new DateOnly(2007, 1, 2).DayNumber, new DateOnly(2099, 12, 30).DayNumber].Select(DateOnly.FromDayNumber);

        days.Sample(day =>
        {
            static bool IsNational(DateOnly d) => JapaneseHolidays.On(d)?.Kind is JapaneseHolidayKind.NationalHoliday or JapaneseHolidayKind.SpecialHoliday;
            if (IsNational(day.AddDays(-1)) && IsNational(day.AddDays(1)))
            {
                Assert.True(JapaneseHolidays.IsHoliday(day));
            }
        });
    }

    [Fact]
    public void On_EveryDateInYear_AgreesWithInYear()
    {
        var all = JapaneseHolidays.InYear(2026).ToDictionary(h => h.Date);

        for (var day = new DateOnly(2026, 1, 1); day.Year == 2026; day = day.AddDays(1))
        {
            Assert.Equal(all.GetValueOrDefault(day), JapaneseHolidays.On(day));
        }
    }
}
