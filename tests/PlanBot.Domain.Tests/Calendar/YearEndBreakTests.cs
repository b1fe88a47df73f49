using System.Globalization;
using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Tests.Calendar;

public sealed class YearEndBreakTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-12-28", false)]
    [InlineData("2026-12-29", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", true)]
    [InlineData("2027-01-03", true)]
    [InlineData("2027-01-04", false)]
    [InlineData("2027-06-15", false)]
    public void Contains_Default_Is1229To0103(string date, bool expected) =>
        Assert.Equal(expected, YearEndBreak.Default.Contains(D(date)));

    [Fact]
    public void Contains_RangeWithinOneYear_DoesNotWrap()
    {
        var lateDecember = new YearEndBreak(12, 26, 12, 31);

        Assert.True(lateDecember.Contains(D("2026-12-26")));
        Assert.True(lateDecember.Contains(D("2026-12-31")));
        Assert.False(lateDecember.Contains(D("2027-01-01")));
        Assert.False(lateDecember.Contains(D("2026-06-30")));
    }

    [Theory]
    [InlineData("12/29-1/3", 12, 29, 1, 3)]
    [InlineData(" 12/28 - 1/5 ", 12, 28, 1, 5)]
    public void Parse_MonthDayRange_ReadsBothEnds(string text, int firstMonth, int firstDay, int lastMonth, int lastDay) =>
        Assert.Equal(new YearEndBreak(firstMonth, firstDay, lastMonth, lastDay), YearEndBreak.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("12/29")]
    [InlineData("12/32-1/3")]
    [InlineData("13/1-1/3")]
    [InlineData("2/30-3/1")]
    [InlineData("12-29-1-3")]
    public void Parse_Malformed_ThrowsFormatException(string text) =>
        Assert.Throws<FormatException>(() => YearEndBreak.Parse(text));

    [Fact]
    public void ToString_Default_RoundTrips() =>
        Assert.Equal(YearEndBreak.Default, YearEndBreak.Parse(YearEndBreak.Default.ToString()));

    [Fact]
    public void Constructor_DayNotInMonth_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new YearEndBreak(4, 31, 5, 1));
}
