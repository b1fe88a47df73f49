using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Tests.Support;
using PlanBot.Testing;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Data.Tests.Stores;

/// <summary>The real seed document, parsed by the real parser, imported into a real SQLite file.</summary>
public sealed class PlanStoreSeedTests
{
    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_Seed_StoresElevenStrategiesTwentyTwoInitiativesAndEveryItemVerbatim(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var text = Seed.Text;
        var parsed = Seed.Parse(text);

        var result = await db.Plans.ImportAsync(parsed, Seed.Source(text), CancellationToken.None);
        var loaded = await db.Plans.LoadPlanAsync(CancellationToken.None);

        Assert.Equal(11, result.Summary.Strategies);
        Assert.Equal(22, result.Summary.Initiatives);
        Assert.Equal(parsed.Plan.SubThemes.Count(), result.Summary.SubThemes);
        Assert.True(result.Summary.SubThemes > 22, "initiatives 5, 6, 20, 21 and 22 split into sub-themes");
        Assert.All(result.Summary.ItemsPerPeriod, p => Assert.True(p.Items > 0, $"{p.Period.Code} has items"));
        Assert.Equal(TestPlans.Dump(parsed.Plan), TestPlans.Dump(loaded!));
        await using var context = db.NewContext();
        Assert.Equal(result.Summary.Items, await context.PlanItems.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_Seed_KeepsEachInitiativesDepartmentAndNoneWhereTheDocumentHasNone(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var text = Seed.Text;
        await db.Plans.ImportAsync(Seed.Parse(text), Seed.Source(text), CancellationToken.None);

        var initiatives = (await db.Plans.LoadPlanAsync(CancellationToken.None))!.Initiatives.ToList();

        Assert.Equal(Enumerable.Range(1, 22), initiatives.Select(i => i.Number));
        Assert.All(initiatives.Where(i => i.Number is >= 15 and <= 19), i => Assert.Null(i.Department));
        Assert.All(initiatives.Where(i => i.Number is < 15 or > 19), i => Assert.False(string.IsNullOrWhiteSpace(i.Department)));
        Assert.Equal("産業振興部", initiatives.Single(i => i.Number == 1).Department);
        Assert.Equal("地域共創部", initiatives.Single(i => i.Number == 4).Department);
        Assert.Equal("総務国際部", initiatives.Single(i => i.Number == 11).Department);
        Assert.Equal("経営企画室", initiatives.Single(i => i.Number == 14).Department);
        Assert.Equal("SR-防災", initiatives.Single(i => i.Number == 20).Department);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_Seed_ReadsBackCellsAsWritten(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var text = Seed.Text;
        await db.Plans.ImportAsync(Seed.Parse(text), Seed.Source(text), CancellationToken.None);

        var plan = (await db.Plans.LoadPlanAsync(CancellationToken.None))!;

        var first = plan.SubThemes.Single(s => s.Key == "1-1");
        Assert.Equal(
            ["■新生シリコンアイランド九州実現のための課題整理", "■戦略会議への報告(6月)"],
            first.Cell(PlanPeriod.QuarterActions(2024, 1))!.Items.Select(i => i.ToString()));
        Assert.Equal(
            ["◎協議会の設置", "◎課題解決に向けたWG活動始動"],
            first.Cell(PlanPeriod.YearKgi(2024))!.Items.Select(i => i.ToString()));
        Assert.Equal(["◎課題解決 1件以上/年"], first.Cell(PlanPeriod.YearKgi(2026))!.Items.Select(i => i.ToString()));
        Assert.Equal("九州地域戦略会議と連携した「新生シリコンアイランド九州」の実現", plan.Initiatives.First().Title);
        Assert.Equal(["5-1", "5-2", "5-3"], plan.SubThemes.Where(s => s.InitiativeNumber == 5).Select(s => s.Key));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_SeedTwice_ChangesNothingAndKeepsEveryId(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var text = Seed.Text;
        await db.Plans.ImportAsync(Seed.Parse(text), Seed.Source(text), CancellationToken.None);
        var before = await db.RowIdsAsync();

        var again = await db.Plans.ImportAsync(Seed.Parse(text), Seed.Source(text), CancellationToken.None);

        Assert.True(again.IsUnchanged, string.Join('\n', again.Changes));
        Assert.Equal(before, await db.RowIdsAsync());
        Assert.Equal(2, (await db.Plans.ListImportRunsAsync(10, CancellationToken.None)).Count);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_SeedWithChangedWording_UpdatesInPlaceAndKeepsProgressAttached(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var text = Seed.Text;
        await db.Plans.ImportAsync(Seed.Parse(text), Seed.Source(text), CancellationToken.None);
        var reports = new[]
        {
            new ProgressReport("1-1", new FiscalQuarter(2024, 1), ProgressStatus.Completed, 100, "報告済み", "a@example.jp", new DateTimeOffset(2024, 6, 28, 9, 0, 0, TimeSpan.FromHours(9))),
            new ProgressReport("5-2", new FiscalQuarter(2024, 2), ProgressStatus.AtRisk, 30, null, "b@example.jp", new DateTimeOffset(2024, 9, 27, 9, 0, 0, TimeSpan.FromHours(9))),
        };
        foreach (var report in reports)
        {
            await db.Progress.AppendAsync(report, CancellationToken.None);
        }

        var before = await db.RowIdsAsync();
        var edited = text
            .Replace("九州地域戦略会議と連携した「新生シリコンアイランド九州」の実現", "九州地域戦略会議と連携した「新生シリコンアイランド九州」の早期実現", StringComparison.Ordinal)
            .Replace("■新生シリコンアイランド九州実現のための課題整理", "■新生シリコンアイランド九州実現のための課題整理と共有", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);

        var result = await db.Plans.ImportAsync(Seed.Parse(edited), Seed.Source(edited), CancellationToken.None);

        Assert.Equal(
            [
                "updated initiative 1: title '九州地域戦略会議と連携した「新生シリコンアイランド九州」の実現' -> '九州地域戦略会議と連携した「新生シリコンアイランド九州」の早期実現'",
                "updated cell 1-1 2024Q1: 2 items -> 2 items",
            ],
            result.Changes.Select(c => c.ToString()));
        var after = await db.RowIdsAsync();
        Assert.Equal(before.Where(r => !r.StartsWith('P')), after.Where(r => !r.StartsWith('P')));
        foreach (var report in reports)
        {
            Assert.Equal(report, await db.Progress.GetLatestAsync(report.SubThemeKey, report.Quarter, CancellationToken.None));
        }

        var plan = (await db.Plans.LoadPlanAsync(CancellationToken.None))!;
        Assert.Equal("九州地域戦略会議と連携した「新生シリコンアイランド九州」の早期実現", plan.Initiatives.First().Title);
        Assert.Equal("新生シリコンアイランド九州実現のための課題整理と共有", plan.SubThemes.First().Cell(PlanPeriod.QuarterActions(2024, 1))!.Items[0].Text);
    }
}
