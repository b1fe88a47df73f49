using PlanBot.Data.Tests.Support;
using PlanBot.Testing;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Data.Tests.Stores;

public sealed class ProgressStoreTests
{
    private static readonly FiscalQuarter Q3 = new(2024, 3);

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task GetLatestAsync_ReportsAppendedOutOfOrder_GivesTheLatestReportedOfThatQuarter(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var later = Report("1-1", Q3, ProgressStatus.OnTrack, at: new DateTimeOffset(2024, 12, 27, 9, 0, 0, TimeSpan.FromHours(9)));
        var earlier = Report("1-1", Q3, ProgressStatus.AtRisk, at: new DateTimeOffset(2024, 12, 26, 23, 0, 0, TimeSpan.Zero));
        var otherQuarter = Report("1-1", Q3.Next, ProgressStatus.Completed, at: new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var otherSubTheme = Report("2-1", Q3, ProgressStatus.Delayed, at: new DateTimeOffset(2024, 12, 30, 0, 0, 0, TimeSpan.Zero));
        foreach (var report in new[] { later, earlier, otherQuarter, otherSubTheme })
        {
            await db.Progress.AppendAsync(report, CancellationToken.None);
        }

        var latest = await db.Progress.GetLatestAsync("1-1", Q3, CancellationToken.None);

        Assert.Equal(later, latest);
        Assert.Equal(TimeSpan.Zero, latest!.ReportedAt.Offset);
        Assert.Equal([earlier, later, otherQuarter], await db.Progress.ListAsync("1-1", CancellationToken.None));
        Assert.Equal([earlier, later, otherSubTheme, otherQuarter], await db.Progress.ListAllAsync(CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ListLatestPerQuarterAsync_SeveralReportsAQuarter_KeepsTheLatestOfEachSubThemeAndQuarter(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var at = new DateTimeOffset(2024, 12, 20, 0, 0, 0, TimeSpan.Zero);
        var first = Report("1-1", Q3, ProgressStatus.AtRisk, at);
        var latest = Report("1-1", Q3, ProgressStatus.OnTrack, at.AddDays(1));
        var sameInstantStoredLater = Report("2-1", Q3, ProgressStatus.Delayed, at) with { Comment = "後から" };
        var sameInstant = Report("2-1", Q3, ProgressStatus.OnTrack, at);
        var nextQuarter = Report("1-1", Q3.Next, ProgressStatus.Completed, at.AddDays(80));
        foreach (var report in new[] { latest, first, sameInstant, sameInstantStoredLater, nextQuarter })
        {
            await db.Progress.AppendAsync(report, CancellationToken.None);
        }

        Assert.Equal([sameInstantStoredLater, latest, nextQuarter], await db.Progress.ListLatestPerQuarterAsync(CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ListForCardAsync_HistoryOfSeveralQuarters_GivesTheQuartersLatestAndTheLatestBeforeIt(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);
        var at = new DateTimeOffset(2024, 12, 20, 0, 0, 0, TimeSpan.Zero);
        var previous = Q3.Previous;
        var muchEarlier = Report("1-1", previous.Previous, ProgressStatus.Delayed, at.AddDays(-170));
        var earlierInPrevious = Report("1-1", previous, ProgressStatus.AtRisk, at.AddDays(-85));
        // Reported late, after the first answer of Q3: still the latest of the previous quarter, not of Q3.
        var latestInPrevious = Report("1-1", previous, ProgressStatus.OnTrack, at.AddDays(2));
        var current = Report("1-1", Q3, ProgressStatus.AtRisk, at);
        var currentAgain = Report("1-1", Q3, ProgressStatus.OnTrack, at.AddDays(1));
        var nextQuarter = Report("1-1", Q3.Next, ProgressStatus.Completed, at.AddDays(80));
        var sameInstant = Report("2-1", Q3, ProgressStatus.OnTrack, at);
        var sameInstantStoredLater = Report("2-1", Q3, ProgressStatus.Delayed, at) with { Comment = "後から" };
        var notOnTheCard = Report("3-1", Q3, ProgressStatus.OnTrack, at);
        foreach (var report in new[] { muchEarlier, currentAgain, earlierInPrevious, current, latestInPrevious, nextQuarter, sameInstant, sameInstantStoredLater, notOnTheCard })
        {
            await db.Progress.AppendAsync(report, CancellationToken.None);
        }

        Assert.Equal([sameInstantStoredLater, currentAgain, latestInPrevious], await db.Progress.ListForCardAsync(["1-1", "2-1", "1-1"], Q3, CancellationToken.None));
        Assert.Equal([muchEarlier, latestInPrevious], await db.Progress.ListForCardAsync(["1-1"], previous, CancellationToken.None));
        Assert.Equal([muchEarlier], await db.Progress.ListForCardAsync(["1-1"], previous.Previous, CancellationToken.None));
        Assert.Empty(await db.Progress.ListForCardAsync(["4-1"], Q3, CancellationToken.None));
        Assert.Empty(await db.Progress.ListForCardAsync([], Q3, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task GetLatestAsync_NoReport_GivesNull(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);

        Assert.Null(await db.Progress.GetLatestAsync("1-1", Q3, CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task AppendAsync_UnknownSubThemeKey_ThrowsAndStoresNothing(PlanStoreProvider provider)
    {
        await using var db = await SeededAsync(provider);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => db.Progress.AppendAsync(Report("9-9", Q3, ProgressStatus.OnTrack, DateTimeOffset.UnixEpoch), CancellationToken.None));

        Assert.Contains("'9-9'", error.Message, StringComparison.Ordinal);
        Assert.Empty(await db.Progress.ListAsync("9-9", CancellationToken.None));
    }

    private static ProgressReport Report(string key, FiscalQuarter quarter, ProgressStatus status, DateTimeOffset at) =>
        new(key, quarter, status, 50, $"{status} のコメント", "tanaka@example.jp", at);

    private static async Task<TempPlanDatabase> SeededAsync(PlanStoreProvider provider)
    {
        var db = await TempPlanDatabase.CreateAsync(provider);
        await db.Plans.ImportAsync(TestPlans.Parsed(TestPlans.Original()), PlanSource.FromBytes("plan.txt", "plan"u8), CancellationToken.None);
        return db;
    }
}
