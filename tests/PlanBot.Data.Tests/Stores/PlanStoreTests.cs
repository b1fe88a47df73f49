using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PlanBot.Data.Tests.Support;
using PlanBot.Testing;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Data.Tests.Stores;

public sealed class PlanStoreTests
{
    private static readonly PlanSource Source = PlanSource.FromBytes("plan.txt", "plan"u8);

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_EmptyStore_StoresEveryItemVerbatim(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var plan = TestPlans.Original();

        var result = await db.Plans.ImportAsync(TestPlans.Parsed(plan), Source, CancellationToken.None);

        Assert.Equal((2, 3, 4, 13), (result.Summary.Strategies, result.Summary.Initiatives, result.Summary.SubThemes, result.Summary.Items));
        Assert.Equal(
            ["2024Q1=3", "2024Q2=2", "2024Q3=2", "2024Q4=1", "2024KGI=1", "2025PLAN=1", "2025KGI=0", "2026PLAN=2", "2026KGI=1"],
            result.Summary.ItemsPerPeriod.Select(p => $"{p.Period.Code}={p.Items}"));
        var loaded = await db.Plans.LoadPlanAsync(CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Equal(TestPlans.Dump(plan), TestPlans.Dump(loaded));
        Assert.Null(loaded.Initiatives.Single(i => i.Number == 2).Department);
        Assert.Equal("WG活動 &amp; 報告", loaded.SubThemes.Single(s => s.Key == "1-1").Cell(PlanPeriod.YearActions(2025))!.Items.Single().Text);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task LoadPlanAsync_AfterImport_GivesEverySubThemeOneCellPerPeriod(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        await db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Original()), Source, CancellationToken.None);

        var loaded = await db.Plans.LoadPlanAsync(CancellationToken.None);

        Assert.All(loaded!.SubThemes, s => Assert.Equal(TestPlans.Periods, s.Cells.Select(c => c.Period)));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task IsEmptyAsync_BeforeAndAfterImport_ReflectsWhetherAPlanIsStored(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);

        Assert.True(await db.Plans.IsEmptyAsync(CancellationToken.None));
        Assert.Null(await db.Plans.LoadPlanAsync(CancellationToken.None));
        await db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Original()), Source, CancellationToken.None);
        Assert.False(await db.Plans.IsEmptyAsync(CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_SamePlanTwice_ChangesNothingAndKeepsEveryId(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var parsed = TestPlans.Parsed(TestPlans.Original());
        var first = await db.Plans.ImportAsync(parsed, Source, CancellationToken.None);
        var idsBefore = await db.RowIdsAsync();

        var second = await db.Plans.ImportAsync(parsed, Source, CancellationToken.None);

        Assert.False(first.IsUnchanged);
        Assert.True(second.IsUnchanged);
        Assert.Equal((first.Summary.SubThemes, first.Summary.Items), (second.Summary.SubThemes, second.Summary.Items));
        Assert.Equal(idsBefore, await db.RowIdsAsync());
        Assert.NotEqual(first.ImportRunId, second.ImportRunId);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_ChangedWording_UpdatesTextInPlaceAndKeepsProgressAttached(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var original = TestPlans.Original();
        await db.Plans.ImportAsync(TestPlans.Parsed(original), Source, CancellationToken.None);
        var report = new ProgressReport("2-1", new FiscalQuarter(2024, 3), ProgressStatus.OnTrack, 40, "講座準備中", "tanaka@example.jp", new DateTimeOffset(2024, 12, 20, 10, 0, 0, TimeSpan.FromHours(9)));
        await db.Progress.AppendAsync(report, CancellationToken.None);
        var subThemeIdBefore = await SubThemeIdAsync(db, "2-1");

        var result = await db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Reworded(original)), Source, CancellationToken.None);

        Assert.Equal(
            [
                "updated initiative 2: title '半導体関連企業の誘致・育成支援' -> '半導体関連企業および半導体ユーザー企業の誘致・育成支援'",
                "updated cell 2-1 2024Q3: 2 items -> 2 items",
            ],
            result.Changes.Select(c => c.ToString()));
        Assert.Equal(subThemeIdBefore, await SubThemeIdAsync(db, "2-1"));
        Assert.Equal(report, await db.Progress.GetLatestAsync("2-1", new FiscalQuarter(2024, 3), CancellationToken.None));
        var loaded = await db.Plans.LoadPlanAsync(CancellationToken.None);
        Assert.Equal(TestPlans.Dump(TestPlans.Reworded(original)), TestPlans.Dump(loaded!));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_SubThemeDropped_RetiresItKeepingItsHistoryAndRestoresItLater(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var original = TestPlans.Original();
        await db.Plans.ImportAsync(TestPlans.Parsed(original), Source, CancellationToken.None);
        var report = new ProgressReport("2-2", new FiscalQuarter(2024, 4), ProgressStatus.Delayed, 10, null, "sato@example.jp", new DateTimeOffset(2025, 3, 25, 0, 0, 0, TimeSpan.Zero));
        await db.Progress.AppendAsync(report, CancellationToken.None);

        var dropped = await db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.WithoutSubTheme22(original)), Source, CancellationToken.None);
        var withoutIt = await db.Plans.LoadPlanAsync(CancellationToken.None);
        var restored = await db.Plans.ImportAsync(TestPlans.Parsed(original), Source, CancellationToken.None);

        Assert.Equal([(PlanChangeKind.Retired, "sub-theme 2-2")], dropped.Changes.Select(c => (c.Kind, c.Subject)));
        Assert.DoesNotContain(withoutIt!.SubThemes, s => s.Key == "2-2");
        Assert.Equal([report], await db.Progress.ListAsync("2-2", CancellationToken.None));
        Assert.Equal([(PlanChangeKind.Restored, "sub-theme 2-2")], restored.Changes.Select(c => (c.Kind, c.Subject)));
        Assert.Equal(TestPlans.Dump(original), TestPlans.Dump((await db.Plans.LoadPlanAsync(CancellationToken.None))!));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_PlanViolatingAConstraint_LeavesThePreviousStoreIntact(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var original = TestPlans.Original();
        await db.Plans.ImportAsync(TestPlans.Parsed(original), Source, CancellationToken.None);
        var idsBefore = await db.RowIdsAsync();

        // Reworded (so the structure save writes), then an item with no text: the NOT NULL constraint fails on the item save.
        var reworded = TestPlans.Reworded(original);
        var broken = reworded with
        {
            Strategies = [.. reworded.Strategies.SkipLast(1), reworded.Strategies[^1] with
            {
                Initiatives = [reworded.Strategies[^1].Initiatives[0] with
                {
                    SubThemes = [reworded.Strategies[^1].Initiatives[0].SubThemes[0] with
                    {
                        Cells = [TestPlans.Cell(PlanPeriod.YearKgi(2026), new PlanItem(PlanItemMarker.Target, null!))],
                    }],
                }],
            }],
        };

        await Assert.ThrowsAsync<DbUpdateException>(() => db.Plans.ImportAsync(TestPlans.Parsed(broken), Source, CancellationToken.None));

        Assert.Equal(TestPlans.Dump(original), TestPlans.Dump((await db.Plans.LoadPlanAsync(CancellationToken.None))!));
        Assert.Equal(idsBefore, await db.RowIdsAsync());
        Assert.Single(await db.Plans.ListImportRunsAsync(10, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_CancelledAfterTheFirstSave_LeavesThePreviousStoreIntact(PlanStoreProvider provider)
    {
        using var cancellation = new CancellationTokenSource();
        var cancelOnSave = new CancelOnFirstSaveInterceptor(cancellation);
        await using var db = await TempPlanDatabase.CreateAsync(provider, configureContext: options => options.AddInterceptors(cancelOnSave));
        var original = TestPlans.Original();
        await db.Plans.ImportAsync(TestPlans.Parsed(original), Source, CancellationToken.None);
        var idsBefore = await db.RowIdsAsync();
        cancelOnSave.Armed = true;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Reworded(original)), Source, cancellation.Token));

        Assert.True(cancelOnSave.Fired);
        Assert.Equal(TestPlans.Dump(original), TestPlans.Dump((await db.Plans.LoadPlanAsync(CancellationToken.None))!));
        Assert.Equal(idsBefore, await db.RowIdsAsync());
        Assert.Single(await db.Plans.ListImportRunsAsync(10, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_DuplicateInitiativeNumber_ThrowsAndStoresNothing(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var original = TestPlans.Original();
        var duplicated = original with
        {
            Strategies = [original.Strategies[0], original.Strategies[1] with
            {
                Initiatives = [original.Strategies[1].Initiatives[0] with { Number = 2, SubThemes = [] }],
            }],
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.Plans.ImportAsync(TestPlans.Parsed(duplicated), Source, CancellationToken.None));

        Assert.Contains("initiative number '2' twice", error.Message, StringComparison.Ordinal);
        Assert.True(await db.Plans.IsEmptyAsync(CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ListImportRunsAsync_AfterTwoImports_GivesNewestFirstWithSourceReportAndChanges(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var original = TestPlans.Original();
        await db.Plans.ImportAsync(TestPlans.Parsed(original), Source, CancellationToken.None);
        db.Clock.Advance(TimeSpan.FromDays(1));
        var edited = PlanSource.FromBytes("plan-v2.txt", "plan v2"u8);
        await db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Reworded(original)), edited, CancellationToken.None);

        var runs = await db.Plans.ListImportRunsAsync(10, CancellationToken.None);

        Assert.Equal(["plan-v2.txt", "plan.txt"], runs.Select(r => r.Source.Name));
        var latest = runs[0];
        Assert.Equal(edited, latest.Source);
        Assert.Equal(64, latest.Source.Sha256.Length);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 1, 0, 0, TimeSpan.Zero), latest.ImportedAt);
        Assert.Equal(["line 12, cell 3: row with one cell fewer -> treated the missing cell as 担当部署"], latest.Report.Select(d => d.ToString()));
        Assert.Equal(2, latest.Changes.Count);
        Assert.Equal(ParsedPlanSummary.Of(TestPlans.Parsed(original)).ItemsPerPeriod, latest.Summary.ItemsPerPeriod);
    }

    private static async Task<int> SubThemeIdAsync(TempPlanDatabase db, string key)
    {
        await using var context = db.NewContext();
        return await context.SubThemes.Where(s => s.Key == key).Select(s => s.Id).SingleAsync();
    }

    /// <summary>Cancels the import's token as soon as its first save has reached the database, i.e. midway through the transaction.</summary>
    private sealed class CancelOnFirstSaveInterceptor(CancellationTokenSource cancellation) : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public bool Fired { get; private set; }

        public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            if (Armed && !Fired)
            {
                Fired = true;
                await cancellation.CancelAsync();
            }

            return result;
        }
    }
}
