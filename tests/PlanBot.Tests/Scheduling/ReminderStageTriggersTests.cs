using Microsoft.Data.Sqlite;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using PlanBot.Scheduling;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Scheduling;

/// <summary>What the start-up check leaves in the persistent store.</summary>
public sealed class ReminderStageTriggersTests
{
    private static readonly FiscalQuarter Q2026Q3 = new(2026, 3);

    [Fact]
    public async Task EnsureScheduled_FreshStore_StoresOnlyTheNextStage()
    {
        using var store = new TempPlanStore();
        // 2026Q2's follow-up (10/5) and manager notice (10/9) are behind; 2026Q3's first reminder is next.
        await using var host = await SchedulingHost.StartAsync(store, Jst.At(2026, 10, 20, 9));

        var trigger = Assert.Single(await host.TriggersOfAsync(ReminderStageJob.Key));

        Assert.Equal(ReminderStageTriggers.KeyOf(Q2026Q3, ReminderScheduleStage.FirstReminder), trigger.Key);
        Assert.Equal(Jst.At(2026, 12, 22, 10), trigger.NextFireTimeUtc);
    }

    [Fact]
    public async Task EnsureScheduled_FreshStore_KeepsTheScheduleInThePlanStoreDatabase()
    {
        using var store = new TempPlanStore();
        await using var host = await SchedulingHost.StartAsync(store, Jst.At(2026, 10, 20, 9));

        // Read-only look into the file: the plan store's migrations and Quartz's trigger rows side by side.
        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM __EFMigrationsHistory) > 0, "
            + "(SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = $group)";
        command.Parameters.AddWithValue("$group", ReminderStageTriggers.Group);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.True(reader.GetBoolean(0));
        Assert.Equal(1, reader.GetInt64(1));
    }

    [Fact]
    public async Task EnsureScheduled_RestartOnTheSameFile_KeepsTheStoredTrigger()
    {
        using var store = new TempPlanStore();
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

    [Fact]
    public async Task EnsureScheduled_TimeOfDayChangedWhileDown_MovesThePendingStage()
    {
        using var store = new TempPlanStore();
        await using (var first = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 1, 0)))
        {
            await first.StopAsync();
        }

        await using var second = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 2, 0), ("Reminders:TimeOfDay", "11:30"));

        var trigger = Assert.Single(await second.TriggersOfAsync(ReminderStageJob.Key));
        Assert.Equal(ReminderStageTriggers.KeyOf(Q2026Q3, ReminderScheduleStage.FirstReminder), trigger.Key);
        Assert.Equal(Jst.At(2026, 12, 22, 11, 30), trigger.NextFireTimeUtc);
    }

    [Fact]
    public async Task EnsureScheduled_FirstReminderCountChangedWhileDown_MovesThePendingStage()
    {
        using var store = new TempPlanStore();
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
