using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Tests.Calendar;

public sealed class JapanTimeTests
{
    [Fact]
    public void At_DateAndTime_IsThatWallClockTimeAtPlusNine()
    {
        var instant = JapanTime.At(new DateOnly(2026, 12, 22), new TimeOnly(10, 0));

        Assert.Equal(TimeSpan.FromHours(9), instant.Offset);
        Assert.Equal(new DateTimeOffset(2026, 12, 22, 1, 0, 0, TimeSpan.Zero), instant);
    }

    [Theory]
    [InlineData("2026-12-31T14:59:59Z", "2026-12-31")]
    [InlineData("2026-12-31T15:00:00Z", "2027-01-01")]
    public void DateOf_UtcInstant_IsTheDateInTokyo(string instant, string expected) =>
        Assert.Equal(
            DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            JapanTime.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Today_Clock_IsTheDateInTokyo() =>
        Assert.Equal(new DateOnly(2027, 1, 1), JapanTime.Today(new FixedClock(new DateTimeOffset(2026, 12, 31, 20, 0, 0, TimeSpan.Zero))));
}
