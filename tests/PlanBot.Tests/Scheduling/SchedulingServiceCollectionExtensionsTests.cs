using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PlanBot.Data;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using PlanBot.Testing;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Scheduling;

public sealed class SchedulingServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddPlanBotScheduling_NoSettings_UsesTheDocumentedDefaults()
    {
        using var store = new TempPlanStore();
        await using var host = SchedulingHost.Create(store, Jst.At(2026, 12, 1, 0));

        var reminders = host.Host.Services.GetRequiredService<ReminderSchedule>();
        var digest = host.Host.Services.GetRequiredService<WeeklyDigestSchedule>();
        var calendar = host.Host.Services.GetRequiredService<BusinessCalendar>();

        Assert.Equal(ReminderScheduleSettings.Default, reminders.Settings);
        Assert.Equal((DayOfWeek.Monday, new TimeOnly(9, 0)), (digest.Day, digest.TimeOfDay));
        Assert.Equal(YearEndBreak.Default, calendar.YearEndBreak);
    }

    [Theory]
    [InlineData("Reminders:ManagerNoticeBusinessDaysAfterQuarterEnd", "3", "ManagerNoticeBusinessDaysAfterEnd (3) must be greater than")]
    [InlineData("Reminders:FirstReminderBusinessDaysBeforeQuarterEnd", "0", "FirstReminderBusinessDaysBeforeEnd must be between 1 and 25")]
    [InlineData("Reminders:FollowUpBusinessDaysAfterQuarterEnd", "26", "FollowUpBusinessDaysAfterEnd must be between 1 and 25")]
    [InlineData("Reminders:YearEndBreak", "12/29-13/3", "Reminders:YearEndBreak must read like 12/29-1/3")]
    [InlineData("Digest:Day", "9", "Digest:Day must be a day of the week")]
    public async Task Start_InvalidSetting_RefusesToStartAndSaysWhy(string key, string value, string expected)
    {
        using var store = new TempPlanStore();
        await using var host = SchedulingHost.Create(store, Jst.At(2026, 12, 1, 0), (key, value));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(host.StartAsync);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task Start_OnEachProvider_StoresTheScheduleInThePlanStoreClusteredOnlyOnPostgreSql(PlanStoreProvider provider)
    {
        using var store = new TempPlanStore(provider);
        await using var host = await SchedulingHost.StartAsync(store, Jst.At(2026, 12, 1, 0));

        var metadata = await (await host.SchedulerAsync()).GetMetadata(CancellationToken.None);

        Assert.True(metadata.JobStorePersistent);
        Assert.Equal(provider == PlanStoreProvider.PostgreSql, metadata.JobStoreClustered);
    }
}
