using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanBot.Scheduling;
using PlanBot.Testing;
using PlanBot.Tests.EndToEnd;

namespace PlanBot.Tests.Scheduling;

/// <summary>What the real host logs about the scheduler's start at the levels of the shipped appsettings.json.</summary>
public sealed class SchedulerStartLogTests
{
    [Fact]
    public async Task Start_DefaultLevels_OneLineSaysTheSchedulerStartedAndQuartzLogsNoInformation()
    {
        var log = new CapturingLoggerProvider();
        await using var host = PlanBotOnLoopback.Start(services: services => services.AddSingleton<ILoggerProvider>(log));
        await host.WaitUntilReadyAsync();
        await host.Services.GetRequiredService<ScheduleStartService>().Started.WaitAsync(TimeSpan.FromSeconds(60));

        var started = Assert.Single(log.Lines, line => line.StartsWith($"Information {typeof(ScheduleStartService).FullName} [", StringComparison.Ordinal));
        Assert.Contains("[2113] Scheduler started (one instance on the store): reminder stages and weekly digests fire from now", started, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Lines, line => line.StartsWith("Information Quartz", StringComparison.Ordinal) || line.StartsWith("Debug Quartz", StringComparison.Ordinal));
    }
}
