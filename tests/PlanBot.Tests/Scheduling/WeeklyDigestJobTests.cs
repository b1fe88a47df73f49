using PlanBot.Data;
using PlanBot.Scheduling;
using PlanBot.Testing;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Scheduling;

/// <summary>The weekly digest fires through real Quartz on a real SQLite file, driven by a fake clock.</summary>
public sealed class WeeklyDigestJobTests
{
    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Execute_HolidayMonday_PostsOnTuesdayForThatWeek(PlanStoreProvider provider)
    {
        // 2027-01-11 is 成人の日: the week of 01-11 posts on Tuesday 01-12; the next week on Monday 01-18.
        await AssertChainAsync(
            provider,
            start: Jst.At(2027, 1, 5, 12),
            settings: [],
            fires:
            [
                new(new DateOnly(2027, 1, 11), Jst.At(2027, 1, 12, 9)),
                new(new DateOnly(2027, 1, 18), Jst.At(2027, 1, 18, 9)),
            ],
            then: new(new DateOnly(2027, 1, 25), Jst.At(2027, 1, 25, 9)));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Execute_GoldenWeek_PostsOnTheFirstBusinessDay(PlanStoreProvider provider)
    {
        // 5/3 憲法記念日, 5/4 みどりの日, 5/5 こどもの日 (Monday to Wednesday): the week of 5/3 posts on Thursday 5/6.
        await AssertChainAsync(
            provider,
            start: Jst.At(2027, 4, 27, 0),
            settings: [],
            fires: [new(new DateOnly(2027, 5, 3), Jst.At(2027, 5, 6, 9))],
            then: new(new DateOnly(2027, 5, 10), Jst.At(2027, 5, 10, 9)));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Execute_ConfiguredDayAndTime_PostsThen(PlanStoreProvider provider)
    {
        await AssertChainAsync(
            provider,
            start: Jst.At(2027, 2, 1, 0),
            settings: [("Digest:Day", "Wednesday"), ("Digest:TimeOfDay", "17:30")],
            fires:
            [
                new(new DateOnly(2027, 2, 3), Jst.At(2027, 2, 3, 17, 30)),
                // 2027-02-10 is a Wednesday; 02-11 建国記念の日 is the Thursday after, so the week keeps its day.
                new(new DateOnly(2027, 2, 10), Jst.At(2027, 2, 10, 17, 30)),
            ],
            then: new(new DateOnly(2027, 2, 17), Jst.At(2027, 2, 17, 17, 30)));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Execute_DowntimeOverFourWeeks_PostsOnceAndResumesNextWeek(PlanStoreProvider provider)
    {
        using var store = new TempPlanStore(provider);
        await using (var before = await SchedulingHost.StartAsync(store, Jst.At(2027, 1, 5, 12)))
        {
            await before.StopAsync();
        }

        var restartedAt = Jst.At(2027, 2, 9, 12);
        await using (var after = await SchedulingHost.StartAsync(store, restartedAt))
        {
            Assert.Equal(new WeeklyDigestRun(new DateOnly(2027, 1, 11), restartedAt), await after.DigestRuns.NextAsync());
            await after.StopAsync();
            Assert.Single(after.DigestRuns.All);
        }

        await using var reader = SchedulingHost.Create(store, restartedAt);
        var next = Assert.Single(await reader.TriggersOfAsync(WeeklyDigestJob.Key));
        Assert.Equal(WeeklyDigestTriggers.KeyOf(new DateOnly(2027, 2, 15)), next.Key);
        Assert.Equal(Jst.At(2027, 2, 15, 9), next.NextFireTimeUtc);
    }

    private static async Task AssertChainAsync(
        PlanStoreProvider provider, DateTimeOffset start, (string Key, string Value)[] settings, WeeklyDigestRun[] fires, WeeklyDigestRun then)
    {
        using var store = new TempPlanStore(provider);
        await using var host = await SchedulingHost.StartAsync(store, start, settings);

        foreach (var expected in fires)
        {
            await AssertStoredAsync(host, expected);
            host.SetNow(expected.At);
            Assert.Equal(expected, await host.DigestRuns.NextAsync());
        }

        await AssertStoredAsync(host, then);
        Assert.Equal(fires.Length, host.DigestRuns.All.Count);
    }

    private static async Task AssertStoredAsync(SchedulingHost host, WeeklyDigestRun expected)
    {
        var triggers = await host.TriggersOfAsync(WeeklyDigestJob.Key);
        var trigger = Assert.Single(triggers, t => t.Key.Equals(WeeklyDigestTriggers.KeyOf(expected.Week)));
        Assert.Equal(expected.At, trigger.NextFireTimeUtc);
        Assert.Equal(expected.Week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), trigger.JobDataMap[WeeklyDigestJob.WeekKey]);
    }
}
