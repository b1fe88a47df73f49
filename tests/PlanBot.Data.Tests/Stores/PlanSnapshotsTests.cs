using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data.Tests.Support;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Snapshots;

namespace PlanBot.Data.Tests.Stores;

/// <summary>Snapshots of plan, roster and reports over a real store, rebuilt only when the store's change counters move.</summary>
public sealed class PlanSnapshotsTests
{
    private static readonly Person Tanaka = new("田中 一郎", "tanaka@example.jp", null, "産業振興部", PersonRole.Member);
    private static readonly Person Sato = new("佐藤 花子", "sato@example.jp", null, "産業振興部", PersonRole.Manager);

    [Fact]
    public async Task CurrentAsync_NothingChanged_SharesOneSnapshotAndOneVocabulary()
    {
        await using var db = await SeededAsync();
        var snapshots = db.Services.GetRequiredService<PlanSnapshots>();

        var first = await snapshots.CurrentAsync(CancellationToken.None);
        var second = await snapshots.CurrentAsync(CancellationToken.None);

        Assert.Same(first, second);
        Assert.NotNull(first.Vocabulary);
        Assert.Same(first.Vocabulary, second.Vocabulary);
        Assert.Same(await first.QueryDataForAsync(new FiscalQuarter(2026, 3), CancellationToken.None), await second.QueryDataForAsync(new FiscalQuarter(2026, 3), CancellationToken.None));
    }

    [Fact]
    public async Task CurrentAsync_ReportStored_ReloadsTheReportsAndKeepsPlanRosterAndVocabulary()
    {
        await using var db = await SeededAsync();
        var snapshots = db.Services.GetRequiredService<PlanSnapshots>();
        var before = await snapshots.CurrentAsync(CancellationToken.None);
        _ = before.Vocabulary;
        Assert.Empty(await before.LatestReportsAsync(CancellationToken.None));
        var report = new ProgressReport("1-1", new FiscalQuarter(2026, 3), ProgressStatus.Delayed, 20, "遅れています", Tanaka.Email, new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero));

        await db.Progress.AppendAsync(report, CancellationToken.None);
        var after = await snapshots.CurrentAsync(CancellationToken.None);

        Assert.Equal([report], await after.LatestReportsAsync(CancellationToken.None));
        Assert.Empty(await before.LatestReportsAsync(CancellationToken.None));
        Assert.Same(before.Plan, after.Plan);
        Assert.Same(before.Roster, after.Roster);
        Assert.Same(before.Vocabulary, after.Vocabulary);
        Assert.Equal([report], (await after.QueryDataForAsync(new FiscalQuarter(2026, 3), CancellationToken.None))!.Reports);
    }

    [Fact]
    public async Task CurrentAsync_AnotherProcessReplacesTheRosterOrReimports_SeesItOnTheNextRead()
    {
        await using var db = await SeededAsync();
        var path = new SqliteConnectionStringBuilder { DataSource = Path.Combine(db.Folder, "plan.db") }.ToString();
        await using var other = await TempPlanDatabase.CreateAsync(connectionString: _ => path);
        var snapshots = db.Services.GetRequiredService<PlanSnapshots>();
        var before = await snapshots.CurrentAsync(CancellationToken.None);

        await other.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync([Tanaka, Sato], CancellationToken.None);
        var afterRoster = await snapshots.CurrentAsync(CancellationToken.None);
        await other.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Reworded(TestPlans.Original())), PlanSource.FromBytes("plan.txt", "reworded"u8), CancellationToken.None);
        var afterImport = await snapshots.CurrentAsync(CancellationToken.None);

        Assert.Equal([Tanaka.Email, Sato.Email], afterRoster.Roster.People.People.Select(p => p.Email));
        Assert.Same(before.Plan, afterRoster.Plan);
        Assert.NotSame(before.Vocabulary, afterRoster.Vocabulary);
        Assert.NotSame(afterRoster.Plan, afterImport.Plan);
        Assert.Equal(TestPlans.Dump(TestPlans.Reworded(TestPlans.Original())), TestPlans.Dump(afterImport.Plan!));
        Assert.True(afterImport.Version.Plan > before.Version.Plan && afterRoster.Version.Roster > before.Version.Roster);
    }

    private static async Task<TempPlanDatabase> SeededAsync()
    {
        var db = await TempPlanDatabase.CreateAsync();
        await db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Original()), PlanSource.FromBytes("plan.txt", "plan"u8), CancellationToken.None);
        await db.Services.GetRequiredService<IRosterStore>().ReplaceRosterAsync([Tanaka], CancellationToken.None);
        return db;
    }
}
