using System.Globalization;
using CsCheck;
using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Tests.Calendar;

public sealed class WeeklyDigestScheduleTests
{
    private static readonly BusinessCalendar Calendar = new();

    private static readonly WeeklyDigestSchedule Schedule = new(Calendar);

    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static DateTimeOffset T(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-10-05", "2026-10-05", "2026-10-05T09:00:00+09:00")] // an ordinary Monday
    [InlineData("2026-10-15", "2026-10-12", "2026-10-13T09:00:00+09:00")] // スポーツの日 Monday → Tuesday
    [InlineData("2026-05-04", "2026-05-04", "2026-05-07T09:00:00+09:00")] // Golden Week: 5/4–5/6 off → Thursday
    [InlineData("2026-09-21", "2026-09-21", "2026-09-24T09:00:00+09:00")] // 敬老の日, 国民の休日, 秋分の日 → Thursday
    [InlineData("2027-01-11", "2027-01-11", "2027-01-12T09:00:00+09:00")] // 成人の日
    [InlineData("2026-12-28", "2026-12-28", "2026-12-28T09:00:00+09:00")] // the day before the break is a business day
    [InlineData("2027-01-03", "2026-12-28", "2026-12-28T09:00:00+09:00")] // Sunday belongs to the week of Monday 12/28
    public void ForWeekOf_Date_IsMondayNineOrTheNextBusinessDay(string date, string week, string at)
    {
        var slot = Schedule.ForWeekOf(D(date));

        Assert.Equal(new WeeklyDigestSlot(D(week), T(at)), slot);
        Assert.Equal(TimeSpan.FromHours(9), slot!.At.Offset);
    }

    [Fact]
    public void ForWeekOf_WeekEntirelyInTheYearEndBreak_HasNoDigest()
    {
        // 2025-12-29 to 2026-01-03 is the break and 01-04 a Sunday: the next business day is the next week's Monday.
        Assert.Null(Schedule.ForWeekOf(D("2025-12-31")));
        Assert.Equal(new WeeklyDigestSlot(D("2026-01-05"), T("2026-01-05T09:00:00+09:00")), Schedule.ForWeekOf(D("2026-01-05")));
    }

    [Theory]
    [InlineData("2026-10-12T08:00:00+09:00", "2026-10-12", "2026-10-13T09:00:00+09:00")]
    [InlineData("2026-10-13T09:00:00+09:00", "2026-10-19", "2026-10-19T09:00:00+09:00")] // strictly after
    [InlineData("2026-10-13T00:00:00Z", "2026-10-19", "2026-10-19T09:00:00+09:00")] // 09:00 JST has passed
    [InlineData("2025-12-27T12:00:00+09:00", "2026-01-05", "2026-01-05T09:00:00+09:00")] // skips the break week
    public void NextAfter_Instant_IsTheNextPost(string instant, string week, string at) =>
        Assert.Equal(new WeeklyDigestSlot(D(week), T(at)), Schedule.NextAfter(T(instant)));

    [Fact]
    public void ForWeekOf_CustomFridayAtFive_MovesAcrossTheWeekendButBeforeTheNextFriday()
    {
        var fridays = new WeeklyDigestSchedule(Calendar, DayOfWeek.Friday, new TimeOnly(17, 0));

        Assert.Equal(new WeeklyDigestSlot(D("2027-01-01"), T("2027-01-04T17:00:00+09:00")), fridays.ForWeekOf(D("2027-01-03")));
        Assert.Equal(new WeeklyDigestSlot(D("2026-10-09"), T("2026-10-09T17:00:00+09:00")), fridays.ForWeekOf(D("2026-10-14")));
    }

    [Fact]
    public void Constructor_UndefinedDay_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WeeklyDigestSchedule(Calendar, (DayOfWeek)7, new TimeOnly(9, 0)));

    [Fact]
    public void NextAfter_AnyInstant_PostsOnABusinessDayInItsOwnWeekAndNeverTwiceAWeek()
    {
        var instants = Gen.Long[new DateTimeOffset(2000, 2, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), new DateTimeOffset(2099, 10, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds()]
            .Select(seconds => DateTimeOffset.FromUnixTimeSeconds(seconds));

        instants.Sample(instant =>
        {
            var next = Schedule.NextAfter(instant);
            var after = Schedule.NextAfter(next.At);
            var postDay = JapanTime.DateOf(next.At);

            Assert.True(next.At > instant);
            Assert.True(Calendar.IsBusinessDay(postDay));
            Assert.Equal(DayOfWeek.Monday, next.Week.DayOfWeek);
            Assert.InRange(postDay, next.Week, next.Week.AddDays(6));
            Assert.True(after.Week > next.Week);
            Assert.True(JapanTime.DateOf(instant) <= postDay);
        });
    }
}
