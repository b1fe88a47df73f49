using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Tests.Calendar;

public sealed class JapaneseEraTests
{
    [Theory]
    [InlineData(1, 2019)]
    [InlineData(6, 2024)]
    [InlineData(7, 2025)]
    [InlineData(8, 2026)]
    public void ReiwaToGregorian_ReiwaYear_IsGregorianYear(int reiwa, int expected) =>
        Assert.Equal(expected, JapaneseEra.ReiwaToGregorian(reiwa));

    [Fact]
    public void GregorianToReiwa_RoundTrips()
    {
        for (var reiwa = 1; reiwa <= 100; reiwa++)
        {
            Assert.Equal(reiwa, JapaneseEra.GregorianToReiwa(JapaneseEra.ReiwaToGregorian(reiwa)));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void ReiwaToGregorian_YearBelowOne_Throws(int reiwa) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseEra.ReiwaToGregorian(reiwa));

    [Fact]
    public void GregorianToReiwa_BeforeReiwa_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseEra.GregorianToReiwa(2018));

    [Theory]
    [InlineData(2019, "令和元年")]
    [InlineData(2020, "令和2年")]
    [InlineData(2026, "令和8年")]
    public void FormatReiwaYear_Year_WritesFirstYearAsGannen(int year, string expected) =>
        Assert.Equal(expected, JapaneseEra.FormatReiwaYear(year));
}
