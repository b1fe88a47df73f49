using PlanBot.Domain.Import;

namespace PlanBot.Domain.Tests.Import;

public sealed class ParsedPlanSummaryTests
{
    [Fact]
    public void Of_Seed_CountsStrategiesInitiativesSubThemesAndItemsPerPeriod()
    {
        var parsed = SeedDocument.Parse();

        var summary = ParsedPlanSummary.Of(parsed);

        Assert.Equal((11, 22, 35), (summary.Strategies, summary.Initiatives, summary.SubThemes));
        Assert.Equal(parsed.Plan.Periods, summary.ItemsPerPeriod.Select(p => p.Period));
        Assert.Equal(summary.Items, summary.ItemsPerPeriod.Sum(p => p.Items));
        Assert.Equal(parsed.Plan.SubThemes.SelectMany(s => s.Cells).Sum(c => c.Items.Count), summary.Items);
        Assert.Equal(2, summary.ItemsPerPeriod.Single(p => p.Period.Code == "2024KGI").Items
            - parsed.Plan.SubThemes.Where(s => s.Key != "1-1").SelectMany(s => s.Cells).Where(c => c.Period.Code == "2024KGI").Sum(c => c.Items.Count));
        Assert.Equal(parsed.Report.Count, summary.Decisions);
    }
}
