using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using PlanBot.Scheduling;
using PlanBot.Testing;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Scheduling;

/// <summary>What the start-up check leaves in the persistent store.</summary>
public sealed class ReminderStageTriggersTests
{
    private static readonly FiscalQuarter Q2026Q3 = new(2026, 3);

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task EnsureScheduled_FreshStore_StoresOnlyTheNextStage(PlanStoreProvider provider)
    {
        using var store = new TempPlanStore(provider);
        // 2026Q2's follow-up (10/5) and manager notice (10/9) are behind; 2026Q3's first reminder is next.
        await using var host = await SchedulingHost.StartAsync(store, Jst.At(2026, 10, 20, 9));

        var trigger = Assert.Single(await host.TriggersOfAsync(ReminderStageJob.Key));

        Assert.Equal(ReminderStageTriggers.KeyOf(Q2026Q3, ReminderScheduleStage.FirstReminder), trigger.Key);
        Assert.Equal(Jst.At(2026, 12, 22, 10), trigger.NextFireTimeUtc);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task EnsureScheduled_FreshStore_KeepsTheScheduleInThePlanStoreDatabase(PlanStoreProvider provider)
    {
        using var store = new TempPlanStore(provider);
        await using var host = await SchedulingHost.StartAsync(store, Jst.At(2026, 10, 20, 9));

        // Read-only look into the database: the plan store's migrations and Quartz's trigger rows side by side.
        using var reader = store.OpenReader();
        await using var db = await reader.Services.GetRequiredService<IDbContextFactory<PlanDbContext>>().CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM \"__EFMigrationsHistory\") > 0, "
            + "(SELECT COUNT(*) FROM qrtz_triggers WHERE trigger_group = @group)";
        var group = command.CreateParameter();
        group.ParameterName = "group";
        group.Value = ReminderStageTriggers.Group;
        command.Parameters.Add(group);
        await using var row = await command.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        Assert.True(row.GetBoolean(0));
        Assert.Equal(1, row.GetInt64(1));
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task EnsureScheduled_RestartOnTheSameFile_KeepsTheStoredTrigger(PlanStoreProvider provider)
    {
        using var store = new TempPlanStore(provider);
        await using (var first = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 1, 0)))
        {
            await first.StopAsync();
        }

        // A host never started schedules nothing: what it reads is what the first one left in the file.
        var expectedKey = ReminderStageTriggers.KeyOf(Q2026Q3, ReminderScheduleStage.FirstReminder);
        await using (var reader = SchedulingHost.Create(store, Jst.At(2026, 12, 10, 0)))
        {
            var kept = Assert.Single(await reader.TriggersOfAsync(ReminderStageJob.Key));
            Assert.Equal(expectedKey, kept.Key);
            Assert.Equal(Jst.At(2026, 12, 22, 10), kept.NextFireTimeUtc);
        }

        await using var second = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 10, 0));
        var stillOne = Assert.Single(await second.TriggersOfAsync(ReminderStageJob.Key));
        Assert.Equal(expectedKey, stillOne.Key);
        Assert.Equal(Jst.At(2026, 12, 22, 10), stillOne.NextFireTimeUtc);

        second.SetNow(Jst.At(2026, 12, 22, 10));
        Assert.Equal(
            new ReminderStageRun(Q2026Q3, ReminderScheduleStage.FirstReminder, Jst.At(2026, 12, 22, 10)),
            await second.ReminderRuns.NextAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task EnsureScheduled_TimeOfDayChangedWhileDown_MovesThePendingStage(PlanStoreProvider provider)
    {
        using var store = new TempPlanStore(provider);
        await using (var first = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 1, 0)))
        {
            await first.StopAsync();
        }

        await using var second = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 2, 0), ("Reminders:TimeOfDay", "11:30"));

        var trigger = Assert.Single(await second.TriggersOfAsync(ReminderStageJob.Key));
        Assert.Equal(ReminderStageTriggers.KeyOf(Q2026Q3, ReminderScheduleStage.FirstReminder), trigger.Key);
        Assert.Equal(Jst.At(2026, 12, 22, 11, 30), trigger.NextFireTimeUtc);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task EnsureScheduled_FirstReminderCountChangedWhileDown_MovesThePendingStage(PlanStoreProvider provider)
    {
        using var store = new TempPlanStore(provider);
        await using (var first = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 21, 0)))
        {
            await first.StopAsync();
        }

        // With 3 business days instead of 5 the first reminder moves from 12/22 to 12/24: same key, new instant.
        await using var second = await SchedulingHost.StartAsync(
            store, Jst.At(2026, 12, 21, 12), ("Reminders:FirstReminderBusinessDaysBeforeQuarterEnd", "3"));

        var trigger = Assert.Single(await second.TriggersOfAsync(ReminderStageJob.Key));
        Assert.Equal(Jst.At(2026, 12, 24, 10), trigger.NextFireTimeUtc);
    }
}
