using PlanBot.Data;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using PlanBot.Scheduling;
using PlanBot.Testing;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Scheduling;

/// <summary>The reminder stages fire through real Quartz on a real plan store (SQLite, and PostgreSQL clustered), driven by a fake clock.</summary>
public sealed class ReminderStageJobTests
{
    private static readonly FiscalQuarter Q2026Q3 = new(2026, 3);
    private static readonly FiscalQuarter Q2026Q4 = new(2026, 4);
    private static readonly FiscalQuarter Q2027Q1 = new(2027, 1);

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Execute_AcrossTheQuarterEnd_FiresEachStageAtItsJstInstant(PlanStoreProvider provider)
    {
        // 2026Q3 ends on Thursday 12-31, inside the year-end break (12/29-1/3); 2027-01-11 is 成人の日.
        await AssertChainAsync(
            provider,
            start: Jst.At(2026, 12, 1, 0),
            settings: [],
            fires:
            [
                new(Q2026Q3, ReminderScheduleStage.FirstReminder, Jst.At(2026, 12, 22, 10)),
                new(Q2026Q3, ReminderScheduleStage.FollowUp, Jst.At(2027, 1, 6, 10)),
                new(Q2026Q3, ReminderScheduleStage.ManagerNotice, Jst.At(2027, 1, 13, 10)),
            ],
            then: new(Q2026Q4, ReminderScheduleStage.FirstReminder, Jst.At(2027, 3, 25, 10)));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Execute_AcrossTheFiscalYearEnd_FiresEachStageAtItsJstInstant(PlanStoreProvider provider)
    {
        // 2026Q4 is January–March 2027; its follow-ups fall in FY2027.
        await AssertChainAsync(
            provider,
            start: Jst.At(2027, 3, 1, 0),
            settings: [],
            fires:
            [
                new(Q2026Q4, ReminderScheduleStage.FirstReminder, Jst.At(2027, 3, 25, 10)),
                new(Q2026Q4, ReminderScheduleStage.FollowUp, Jst.At(2027, 4, 5, 10)),
                new(Q2026Q4, ReminderScheduleStage.ManagerNotice, Jst.At(2027, 4, 9, 10)),
            ],
            then: new(Q2027Q1, ReminderScheduleStage.FirstReminder, Jst.At(2027, 6, 24, 10)));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Execute_StagesAroundGoldenWeek_SkipTheHolidays(PlanStoreProvider provider)
    {
        // April 2027 has 21 business days (4/29 昭和の日); 5/3–5/5 are holidays, so the 22nd is Thursday 5/6.
        await AssertChainAsync(
            provider,
            start: Jst.At(2027, 4, 20, 0),
            settings:
            [
                ("Reminders:FollowUpBusinessDaysAfterQuarterEnd", "21"),
                ("Reminders:ManagerNoticeBusinessDaysAfterQuarterEnd", "22"),
            ],
            fires:
            [
                new(Q2026Q4, ReminderScheduleStage.FollowUp, Jst.At(2027, 4, 30, 10)),
                new(Q2026Q4, ReminderScheduleStage.ManagerNotice, Jst.At(2027, 5, 6, 10)),
            ],
            then: new(Q2027Q1, ReminderScheduleStage.FirstReminder, Jst.At(2027, 6, 24, 10)));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Execute_ConfiguredYearEndBreakAndTime_MovesTheStages(PlanStoreProvider provider)
    {
        // A break of 12/26-1/5 and 14:30: counted back from 12/31, 12/25 is day 1 and 12/21 day 5; after it,
        // 1/6, 1/7, 1/8 (follow-up), 1/12 (after 成人の日), 1/13, 1/14, 1/15 (manager notice).
        await AssertChainAsync(
            provider,
            start: Jst.At(2026, 12, 1, 0),
            settings:
            [
                ("Reminders:YearEndBreak", "12/26-1/5"),
                ("Reminders:TimeOfDay", "14:30"),
            ],
            fires:
            [
                new(Q2026Q3, ReminderScheduleStage.FirstReminder, Jst.At(2026, 12, 21, 14, 30)),
                new(Q2026Q3, ReminderScheduleStage.FollowUp, Jst.At(2027, 1, 8, 14, 30)),
                new(Q2026Q3, ReminderScheduleStage.ManagerNotice, Jst.At(2027, 1, 15, 14, 30)),
            ],
            then: new(Q2026Q4, ReminderScheduleStage.FirstReminder, Jst.At(2027, 3, 25, 14, 30)));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Execute_DowntimeOverThreeStages_FiresOnceAndResumesWithTheNextQuarter(PlanStoreProvider provider)
    {
        using var store = new TempPlanStore(provider);
        await using (var before = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 1, 0)))
        {
            await before.StopAsync();
        }

        // Down from 12-01 to 01-20 12:00: the first reminder (12-22), the follow-up (01-06) and the manager notice
        // (01-13) of 2026Q3 were all due meanwhile.
        var restartedAt = Jst.At(2027, 1, 20, 12);
        await using (var after = await SchedulingHost.StartAsync(store, restartedAt))
        {
            var run = await after.ReminderRuns.NextAsync();
            Assert.Equal(new ReminderStageRun(Q2026Q3, ReminderScheduleStage.FirstReminder, restartedAt), run);
            await after.StopAsync();
            Assert.Single(after.ReminderRuns.All);
        }

        // What the fire left stored: only the next quarter's first stage, none of the missed ones.
        await using var reader = SchedulingHost.Create(store, restartedAt);
        var next = Assert.Single(await reader.TriggersOfAsync(ReminderStageJob.Key));
        Assert.Equal(ReminderStageTriggers.KeyOf(Q2026Q4, ReminderScheduleStage.FirstReminder), next.Key);
        Assert.Equal(Jst.At(2027, 3, 25, 10), next.NextFireTimeUtc);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Execute_MissedStageMovedLaterBySettings_FiresOnceAndDoesNotComeBack(PlanStoreProvider provider)
    {
        using var store = new TempPlanStore(provider);
        await using (var before = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 21, 0)))
        {
            await before.StopAsync();
        }

        // Stored for 12/22 (5 business days); restarted on 12/23 with 3, which would put the first reminder on 12/24.
        var restartedAt = Jst.At(2026, 12, 23, 9);
        await using var after = await SchedulingHost.StartAsync(
            store, restartedAt, ("Reminders:FirstReminderBusinessDaysBeforeQuarterEnd", "3"));

        Assert.Equal(
            new ReminderStageRun(Q2026Q3, ReminderScheduleStage.FirstReminder, restartedAt),
            await after.ReminderRuns.NextAsync());
        await AssertStoredAsync(after, new(Q2026Q3, ReminderScheduleStage.FollowUp, Jst.At(2027, 1, 6, 10)));
        Assert.DoesNotContain(
            await after.TriggersOfAsync(ReminderStageJob.Key),
            trigger => trigger.NextFireTimeUtc == Jst.At(2026, 12, 24, 10));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Execute_RunnerFails_TheNextStageIsStillScheduled(PlanStoreProvider provider)
    {
        using var store = new TempPlanStore(provider);
        await using var host = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 1, 0));
        host.ReminderRuns.FailWith(new InvalidOperationException("connector down"));

        host.SetNow(Jst.At(2026, 12, 22, 10));

        // Refired at once after a failure, at most twice more: three attempts in all.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(ReminderScheduleStage.FirstReminder, (await host.ReminderRuns.NextAsync()).Stage);
        }

        host.ReminderRuns.FailWith(null);
        await AssertStoredAsync(host, new(Q2026Q3, ReminderScheduleStage.FollowUp, Jst.At(2027, 1, 6, 10)));
        host.SetNow(Jst.At(2027, 1, 6, 10));
        Assert.Equal(
            new ReminderStageRun(Q2026Q3, ReminderScheduleStage.FollowUp, Jst.At(2027, 1, 6, 10)),
            await host.ReminderRuns.NextAsync());
    }

    [SkippableFact]
    public async Task Execute_TwoInstancesOnOnePostgreSqlStore_FireEachStageOnceBetweenThem()
    {
        using var store = new TempPlanStore(PlanStoreProvider.PostgreSql);
        await using var first = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 1, 0));
        await using var second = await first.StartPeerAsync(store);

        foreach (var (stage, at) in new[] { (ReminderScheduleStage.FirstReminder, Jst.At(2026, 12, 22, 10)), (ReminderScheduleStage.FollowUp, Jst.At(2027, 1, 6, 10)) })
        {
            second.SetNow(at);
            first.SetNow(at);
            Assert.Equal(new ReminderStageRun(Q2026Q3, stage, at), await first.ReminderRuns.NextAsync());
        }

        // Stopping waits for running jobs: a stage fired by both nodes would show here as a third run.
        await second.StopAsync();
        await first.StopAsync();
        Assert.Equal([ReminderScheduleStage.FirstReminder, ReminderScheduleStage.FollowUp], first.ReminderRuns.All.Select(run => run.Stage));
    }

    private static async Task AssertChainAsync(
        PlanStoreProvider provider, DateTimeOffset start, (string Key, string Value)[] settings, ReminderScheduleEntry[] fires, ReminderScheduleEntry then)
    {
        using var store = new TempPlanStore(provider);
        await using var host = await SchedulingHost.StartAsync(store, start, settings);

        foreach (var entry in fires)
        {
            await AssertStoredAsync(host, entry);
            host.SetNow(entry.At);
            Assert.Equal(new ReminderStageRun(entry.Quarter, entry.Stage, entry.At), await host.ReminderRuns.NextAsync());
        }

        await AssertStoredAsync(host, then);
        Assert.Equal(fires.Length, host.ReminderRuns.All.Count);
    }

    /// <summary>The stage's trigger is stored, at its instant, with its quarter and stage as plain strings.</summary>
    private static async Task AssertStoredAsync(SchedulingHost host, ReminderScheduleEntry entry)
    {
        var triggers = await host.TriggersOfAsync(ReminderStageJob.Key);
        var trigger = Assert.Single(triggers, t => t.Key.Equals(ReminderStageTriggers.KeyOf(entry.Quarter, entry.Stage)));
        Assert.Equal(entry.At, trigger.NextFireTimeUtc);
        Assert.Equal(entry.Quarter.ToString(), trigger.JobDataMap[ReminderStageJob.QuarterKey]);
        Assert.Equal(entry.Stage.ToString(), trigger.JobDataMap[ReminderStageJob.StageKey]);
    }
}
