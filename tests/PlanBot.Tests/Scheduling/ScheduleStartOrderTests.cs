using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PlanBot.Plans;
using PlanBot.Scheduling;
using PlanBot.Tests.EndToEnd;

namespace PlanBot.Tests.Scheduling;

/// <summary>
/// Quartz starts beside the web host without waiting for it (<see cref="ScheduleStartService"/>), so it relies on the
/// order the host starts its services in: the store's lock, its migration (which creates a new SQLite file in WAL mode)
/// and the seed check must have finished before the scheduler touches the store.
/// </summary>
public sealed class ScheduleStartOrderTests
{
    [Fact]
    public async Task HostedServices_TheSchedulerStartsAfterTheStoreIsLockedMigratedAndSeeded()
    {
        await using var host = PlanBotOnLoopback.Start();

        var order = host.Services.GetServices<IHostedService>().Select(service => service.GetType().Name).ToList();

        var scheduler = order.IndexOf(nameof(ScheduleStartService));
        Assert.InRange(order.IndexOf("SqliteHostLock"), 0, scheduler - 1);
        Assert.InRange(order.IndexOf("PlanStoreMigrationService"), 0, scheduler - 1);
        Assert.InRange(order.IndexOf(nameof(SeedImportService)), 0, scheduler - 1);
    }
}
