using System.Globalization;
using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Tests.Calendar;

public sealed class FiscalQuarterTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026Q1", "2026-04-01", "2026-06-30")]
    [InlineData("2026Q2", "2026-07-01", "2026-09-30")]
    [InlineData("2026Q3", "2026-10-01", "2026-12-31")]
    [InlineData("2026Q4", "2027-01-01", "2027-03-31")] // FY2026 Q4 is January–March 2027
    public void StartAndEnd_Quarter_SpanItsThreeMonths(string code, string start, string end)
    {
        var quarter = FiscalQuarter.Parse(code);

        Assert.Equal(D(start), quarter.Start);
        Assert.Equal(D(end), quarter.End);
    }

    [Theory]
    [InlineData("2027-03-31", "2026Q4")]
    [InlineData("2027-04-01", "2027Q1")]
    [InlineData("2026-12-31", "2026Q3")]
    [InlineData("2027-01-01", "2026Q4")]
    public void Of_Date_IsTheFiscalQuarterContainingIt(string date, string expected) =>
        Assert.Equal(FiscalQuarter.Parse(expected), FiscalQuarter.Of(D(date)));

    [Fact]
    public void Of_Instant_UsesTheDateInJapan()
    {
        // 2027-03-31T15:00Z is already April 1 in Tokyo.
        Assert.Equal(FiscalQuarter.Parse("2027Q1"), FiscalQuarter.Of(new DateTimeOffset(2027, 3, 31, 15, 0, 0, TimeSpan.Zero)));
        Assert.Equal(FiscalQuarter.Parse("2026Q4"), FiscalQuarter.Of(new DateTimeOffset(2027, 3, 31, 14, 59, 59, TimeSpan.Zero)));
    }

    [Fact]
    public void Current_ClockAtUtcEveningOfQuarterEnd_IsTheNextQuarterInJapan()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero));

        Assert.Equal(FiscalQuarter.Parse("2026Q4"), FiscalQuarter.Current(clock));
    }

    [Fact]
    public void NextAndPrevious_AcrossFiscalYearEnd_ChangeTheYear()
    {
        Assert.Equal(FiscalQuarter.Parse("2027Q1"), FiscalQuarter.Parse("2026Q4").Next);
        Assert.Equal(FiscalQuarter.Parse("2026Q4"), FiscalQuarter.Parse("2027Q1").Previous);
    }

    [Fact]
    public void Year_Quarter_IsItsFiscalYear() =>
        Assert.Equal(new FiscalYear(2026), FiscalQuarter.Parse("2026Q4").Year);

    [Theory]
    [InlineData("2026q3", true)]
    [InlineData(" 2026Q3 ", true)]
    [InlineData("2026Q5", false)]
    [InlineData("26Q3", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_Text_AcceptsOnlyYearQNumber(string? text, bool ok) =>
        Assert.Equal(ok, FiscalQuarter.TryParse(text, out _));

    [Fact]
    public void ToJapanese_Quarter_ReadsAsUsersWriteIt() =>
        Assert.Equal("2026年度 第3四半期", FiscalQuarter.Parse("2026Q3").ToJapanese());
}
