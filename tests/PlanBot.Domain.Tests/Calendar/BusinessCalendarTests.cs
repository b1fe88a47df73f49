using System.Globalization;
using CsCheck;
using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Tests.Calendar;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Calendar = new();

    // Holidays are computed for 1980–2099: dates stay far enough inside that ±60 business days (about 90 calendar days
    // with Golden Week and the year-end break) never leave it; 2099-10-31 + 60 reached 2100 and failed now and then.
    private static readonly Gen<DateOnly> Dates =
        Gen.Int[new DateOnly(2000, 3, 1).DayNumber, new DateOnly(2099, 6, 30).DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<int> NonZeroCounts = Gen.Int[-60, 60].Where(n => n != 0);

    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-10-01", true)] // Thursday
    [InlineData("2026-10-03", false)] // Saturday
    [InlineData("2026-10-04", false)] // Sunday
    [InlineData("2026-10-12", false)] // スポーツの日
    [InlineData("2026-09-22", false)] // 国民の休日
    [InlineData("2026-05-06", false)] // 振替休日
    [InlineData("2026-12-28", true)] // the day before the break
    [InlineData("2026-12-29", false)] // the break starts
    [InlineData("2026-12-31", false)]
    [InlineData("2027-01-01", false)]
    [InlineData("2027-01-03", false)]
    [InlineData("2027-01-04", true)] // the break is over
    [InlineData("2027-03-31", true)] // fiscal year end
    public void IsBusinessDay_Date_AsExpected(string date, bool expected) =>
        Assert.Equal(expected, Calendar.IsBusinessDay(D(date)));

    [Theory]
    [InlineData("2026-05-01", 1, "2026-05-07")] // Golden Week: 5/2–5/6 off
    [InlineData("2026-05-07", -1, "2026-05-01")]
    [InlineData("2026-04-28", 2, "2026-05-01")] // 4/29 昭和の日
    [InlineData("2026-09-18", 1, "2026-09-24")] // シルバーウィーク: 9/21 敬老, 9/22 国民の休日, 9/23 秋分
    [InlineData("2026-09-24", -1, "2026-09-18")]
    [InlineData("2026-12-28", 1, "2027-01-04")] // the year-end break
    [InlineData("2027-01-04", -1, "2026-12-28")]
    [InlineData("2025-12-26", 1, "2026-01-05")]
    [InlineData("2027-01-08", 1, "2027-01-12")] // 1/11 成人の日
    [InlineData("2027-03-19", 1, "2027-03-23")] // 3/22 振替休日 for 春分の日
    [InlineData("2027-03-31", 1, "2027-04-01")] // fiscal year end to the next
    [InlineData("2027-04-01", -1, "2027-03-31")]
    [InlineData("2026-12-31", -5, "2026-12-22")]
    [InlineData("2026-12-31", 3, "2027-01-06")]
    [InlineData("2026-10-02", 0, "2026-10-02")]
    [InlineData("2026-10-03", 0, "2026-10-03")] // 0 leaves even a Saturday alone
    public void AddBusinessDays_AcrossHolidaysAndBreaks_SkipsThem(string date, int count, string expected) =>
        Assert.Equal(D(expected), Calendar.AddBusinessDays(D(date), count));

    [Fact]
    public void NthBusinessDayAfter_And_Before_CountFromTheFollowingAndPrecedingBusinessDay()
    {
        Assert.Equal(D("2027-01-04"), Calendar.NthBusinessDayAfter(D("2026-12-31"), 1));
        Assert.Equal(D("2027-01-13"), Calendar.NthBusinessDayAfter(D("2026-12-31"), 7));
        Assert.Equal(D("2026-12-28"), Calendar.NthBusinessDayBefore(D("2027-01-01"), 1));
        Assert.Equal(D("2026-12-22"), Calendar.NthBusinessDayBefore(D("2027-01-01"), 5));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void NthBusinessDayAfter_CountBelowOne_Throws(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.NthBusinessDayAfter(D("2026-10-01"), n));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.NthBusinessDayBefore(D("2026-10-01"), n));
    }

    [Theory]
    [InlineData("2026-10-01", "2026-10-01")]
    [InlineData("2026-05-02", "2026-05-07")]
    [InlineData("2026-12-29", "2027-01-04")]
    [InlineData("2026-09-19", "2026-09-24")]
    public void NextBusinessDayOnOrAfter_Date_IsItOrTheNextBusinessDay(string date, string expected) =>
        Assert.Equal(D(expected), Calendar.NextBusinessDayOnOrAfter(D(date)));

    [Theory]
    [InlineData("2026-10-01", "2026-10-01")]
    [InlineData("2027-01-03", "2026-12-28")]
    [InlineData("2026-05-06", "2026-05-01")]
    public void PreviousBusinessDayOnOrBefore_Date_IsItOrThePreviousBusinessDay(string date, string expected) =>
        Assert.Equal(D(expected), Calendar.PreviousBusinessDayOnOrBefore(D(date)));

    [Fact]
    public void CountBusinessDays_FiscalQuarter2026Q3_Is60()
    {
        var quarter = FiscalQuarter.Parse("2026Q3");

        // October 21 (スポーツの日 off), November 19 (文化の日, 勤労感謝の日 off), December 20 (12/29–12/31 off).
        Assert.Equal(60, Calendar.CountBusinessDays(quarter.Start, quarter.End));
        Assert.Equal(0, Calendar.CountBusinessDays(quarter.End, quarter.Start));
    }

    [Fact]
    public void YearEndBreak_Custom_ChangesBusinessDays()
    {
        var calendar = new BusinessCalendar(new YearEndBreak(12, 28, 1, 4));

        Assert.False(calendar.IsBusinessDay(D("2026-12-28")));
        Assert.False(calendar.IsBusinessDay(D("2027-01-04")));
        Assert.Equal(D("2027-01-05"), calendar.AddBusinessDays(D("2026-12-25"), 1));
    }

    [Fact]
    public void IsBusinessDay_YearOutsideHolidayRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.IsBusinessDay(D("2100-01-05")));

    [Fact]
    public void AddBusinessDays_AnyNonZeroCount_LandsOnBusinessDay() =>
        Gen.Select(Dates, NonZeroCounts).Sample((date, n) => Calendar.IsBusinessDay(Calendar.AddBusinessDays(date, n)));

    [Fact]
    public void AddBusinessDays_ThenBack_ReturnsToTheDateOrTheNearestBusinessDayOnItsSide() =>
        Gen.Select(Dates, NonZeroCounts).Sample((date, n) =>
        {
            var back = Calendar.AddBusinessDays(Calendar.AddBusinessDays(date, n), -n);

            Assert.True(Calendar.IsBusinessDay(back));
            Assert.True(n > 0 ? back <= date : back >= date, $"{date} +{n} -{n} = {back}");
            Assert.Equal(n > 0 ? Calendar.PreviousBusinessDayOnOrBefore(date) : Calendar.NextBusinessDayOnOrAfter(date), back);
        });

    [Fact]
    public void AddBusinessDays_PositiveCount_PassesExactlyThatManyBusinessDays() =>
        Gen.Select(Dates, Gen.Int[1, 60]).Sample((date, n) =>
            Assert.Equal(n, Calendar.CountBusinessDays(date.AddDays(1), Calendar.AddBusinessDays(date, n))));

    [Fact]
    public void NextBusinessDayOnOrAfter_AnyDate_HasNoBusinessDayBetween() =>
        Dates.Sample(date =>
        {
            var next = Calendar.NextBusinessDayOnOrAfter(date);

            Assert.True(next >= date);
            Assert.Equal(1, Calendar.CountBusinessDays(date, next));
        });
}
