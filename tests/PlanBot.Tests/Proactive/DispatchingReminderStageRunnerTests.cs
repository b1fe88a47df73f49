using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PlanBot.Data.Stores;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Reminders;
using PlanBot.Scheduling;
using PlanBot.Teams.RosterCheck;

namespace PlanBot.Tests.Proactive;

/// <summary>The scheduler's reminder stages run through the dispatcher; a re-fired stage enqueues nothing new.</summary>
public sealed class DispatchingReminderStageRunnerTests : IAsyncLifetime
{
    private ReminderFanOut _fanOut = null!;

    public async Task InitializeAsync() => _fanOut = await ReminderFanOut.CreateAsync();

    public async Task DisposeAsync() => await _fanOut.DisposeAsync();

    [Fact]
    public async Task Run_FirstReminderTwice_OpensOnceAndAddsNoOutboxRows()
    {
        await using var host = await _fanOut.StartHostAsync();

        await RunAsync(host, ReminderScheduleStage.FirstReminder);
        var opened = await host.Cycles.LoadAsync(ReminderFanOut.Q3, CancellationToken.None);
        var first = await host.Outbox.ListAsync("2026Q3:", CancellationToken.None);
        _fanOut.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync(host, ReminderScheduleStage.FirstReminder);
        var second = await host.Outbox.ListAsync("2026Q3:", CancellationToken.None);

        Assert.Equal(4, first.Count);
        Assert.All(first, m => Assert.Equal(OutboxKinds.ReminderCard, m.Kind));
        Assert.Equal(first.Select(m => (m.Id, m.IdempotencyKey)), second.Select(m => (m.Id, m.IdempotencyKey)));
        Assert.Equal(opened!.OpenedAt, (await host.Cycles.LoadAsync(ReminderFanOut.Q3, CancellationToken.None))!.OpenedAt);
    }

    [Fact]
    public async Task OpenAndEnqueue_StoreFailsOtherwiseThanARacingOpening_ThrowsAndQueuesNoCardWithoutItsCycle()
    {
        // An InvalidOperationException like the one a query the provider cannot translate throws: before the racing
        // opening had its own type, this was taken for one, and the cards were queued without their cycle.
        await using var host = await _fanOut.StartHostAsync(services: s =>
            s.AddSingleton<IReminderCycleStore>(provider => new FailingSaves(ActivatorUtilities.CreateInstance<ReminderCycleStore>(provider))));

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Dispatcher.OpenAndEnqueueAsync(ReminderFanOut.Q3, CancellationToken.None));

        Assert.Empty(await host.Outbox.ListAsync("2026Q3:", CancellationToken.None));
        Assert.Null(await host.Cycles.LoadAsync(ReminderFanOut.Q3, CancellationToken.None));
    }

    [Fact]
    public async Task Run_EachLaterStageTwice_EnqueuesItsMessagesOnce()
    {
        await using var host = await _fanOut.StartHostAsync();
        await RunAsync(host, ReminderScheduleStage.FirstReminder);

        await RunAsync(host, ReminderScheduleStage.FollowUp);
        await RunAsync(host, ReminderScheduleStage.FollowUp);
        await RunAsync(host, ReminderScheduleStage.ManagerNotice);
        await RunAsync(host, ReminderScheduleStage.ManagerNotice);

        var queued = await host.Outbox.ListAsync("2026Q3:", CancellationToken.None);
        Assert.Equal(4, queued.Count(m => m.Kind == OutboxKinds.FollowUp));
        Assert.Equal(
            ["2026Q3:manager-notice:sato@example.jp", "2026Q3:manager-notice:suzuki@example.jp"],
            queued.Where(m => m.Kind == OutboxKinds.ManagerNotice).Select(m => m.IdempotencyKey).Order(StringComparer.Ordinal));
        Assert.Equal(queued.Count, queued.Select(m => m.IdempotencyKey).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Run_FollowUpForAQuarterWithoutCycle_EnqueuesNothing()
    {
        await using var host = await _fanOut.StartHostAsync();

        await RunAsync(host, ReminderScheduleStage.FollowUp);

        Assert.Empty(await host.Outbox.ListAsync("2026Q3:", CancellationToken.None));
        Assert.Null(await host.Cycles.LoadAsync(ReminderFanOut.Q3, CancellationToken.None));
    }

    [Fact]
    public async Task AddPlanBotScheduling_NoRunnerRegisteredBefore_RunsStagesThroughTheDispatcher()
    {
        var services = new ServiceCollection();
        services.AddPlanBotScheduling(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());

        var runner = Assert.Single(services, d => d.ServiceType == typeof(IReminderStageRunner));

        Assert.Equal(typeof(DispatchingReminderStageRunner), runner.ImplementationType);
        Assert.Equal(ServiceLifetime.Scoped, runner.Lifetime);
    }

    /// <summary>Runs the stage as the job does: a runner from a scope of its own.</summary>
    internal static async Task RunAsync(ProactiveHost host, ReminderScheduleStage stage)
    {
        using var scope = host.Services.CreateScope();
        var runner = new DispatchingReminderStageRunner(
            host.Dispatcher,
            scope.ServiceProvider.GetRequiredService<RosterCheckNotices>(),
            NullLogger<DispatchingReminderStageRunner>.Instance);
        await runner.RunAsync(ReminderFanOut.Q3, stage, CancellationToken.None);
    }

    /// <summary>The real store, whose saves fail as a broken query would.</summary>
    private sealed class FailingSaves(IReminderCycleStore inner) : IReminderCycleStore
    {
        public Task<ReminderCycle?> LoadAsync(FiscalQuarter quarter, CancellationToken cancellationToken) => inner.LoadAsync(quarter, cancellationToken);

        public Task<ReminderCycle?> LoadForOwnerAsync(FiscalQuarter quarter, string email, CancellationToken cancellationToken) => inner.LoadForOwnerAsync(quarter, email, cancellationToken);

        public Task SaveAsync(ReminderCycle cycle, CancellationToken cancellationToken) => throw Broken();

        public Task<IReadOnlySet<string>> SaveAsync(ReminderCycle cycle, IReadOnlyList<OutboxEntry> messages, CancellationToken cancellationToken) => throw Broken();

        public Task<bool> RecordCardDeliveryAsync(FiscalQuarter quarter, string email, CardDeliveryPart part, CardDelivery delivery, CancellationToken cancellationToken) =>
            inner.RecordCardDeliveryAsync(quarter, email, part, delivery, cancellationToken);

        public Task<IReadOnlyList<RecordedCardDelivery>> ListCardDeliveriesAsync(FiscalQuarter quarter, CancellationToken cancellationToken) => inner.ListCardDeliveriesAsync(quarter, cancellationToken);

        public Task<bool> RecordSubmissionAsync(ProgressSubmission submission, CancellationToken cancellationToken) => inner.RecordSubmissionAsync(submission, cancellationToken);

        private static InvalidOperationException Broken() => new("Translating this query requires the SQL APPLY operation, which is not supported on SQLite.");
    }
}
