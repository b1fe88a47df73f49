using System.Globalization;
using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Tests.Calendar;

public sealed class FiscalYearTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void StartAndEnd_FY2026_AprilToMarch()
    {
        var year = new FiscalYear(2026);

        Assert.Equal(D("2026-04-01"), year.Start);
        Assert.Equal(D("2027-03-31"), year.End);
    }

    [Fact]
    public void Quarters_FY2026_AreQ1ToQ4CoveringTheYearWithoutGaps()
    {
        var quarters = new FiscalYear(2026).Quarters;

        Assert.Equal(["2026Q1", "2026Q2", "2026Q3", "2026Q4"], quarters.Select(q => q.ToString()));
        Assert.Equal(new FiscalYear(2026).Start, quarters[0].Start);
        Assert.Equal(new FiscalYear(2026).End, quarters[3].End);
        Assert.All(quarters.Zip(quarters.Skip(1)), pair => Assert.Equal(pair.First.End.AddDays(1), pair.Second.Start));
    }

    [Theory]
    [InlineData("2027-03-31", 2026)]
    [InlineData("2027-04-01", 2027)]
    [InlineData("2026-01-15", 2025)]
    public void Of_Date_IsTheFiscalYearContainingIt(string date, int expected) =>
        Assert.Equal(new FiscalYear(expected), FiscalYear.Of(D(date)));

    [Fact]
    public void Current_Clock_UsesTheDateInJapan() =>
        Assert.Equal(new FiscalYear(2027), FiscalYear.Current(new FixedClock(new DateTimeOffset(2027, 3, 31, 15, 0, 0, TimeSpan.Zero))));

    [Theory]
    [InlineData(1, 2019)]
    [InlineData(7, 2025)]
    [InlineData(8, 2026)]
    public void FromReiwa_ReiwaYear_IsFiscalYearStartingInThatGregorianYear(int reiwa, int expected) =>
        Assert.Equal(new FiscalYear(expected), FiscalYear.FromReiwa(reiwa));

    [Theory]
    [InlineData(2019, "令和元年度")]
    [InlineData(2025, "令和7年度")]
    public void ToReiwa_FiscalYear_WritesTheEraYear(int year, string expected) =>
        Assert.Equal(expected, new FiscalYear(year).ToReiwa());

    [Fact]
    public void ToJapaneseAndToString_FY2026_AreUsersAndLogsForms()
    {
        Assert.Equal("2026年度", new FiscalYear(2026).ToJapanese());
        Assert.Equal("FY2026", new FiscalYear(2026).ToString());
    }
}
