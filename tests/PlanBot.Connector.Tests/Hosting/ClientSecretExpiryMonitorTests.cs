using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Hosting;

/// <summary>A configured client-secret expiry date is warned about from 30 days before, daily, and logged as an error once past.</summary>
public sealed class ClientSecretExpiryMonitorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2027-01-15", null)]
    [InlineData("2026-12-30", "expires on 2026-12-30, in 30 days")]
    [InlineData("2026-12-01", "expires on 2026-12-01, in 1 days")]
    [InlineData("2026-11-29", "expired on 2026-11-29")]
    public async Task Check_ExpiryDate_LogsWhatItCallsFor(string expiresOn, string? expected)
    {
        var clock = new FakeTimeProvider(Now);
        await using var services = ConnectorServices.Create(ConnectorServices.DefaultSettings(), clock);
        var monitor = services.Services.GetServices<IHostedService>().OfType<ClientSecretExpiryMonitor>().Single();

        monitor.Check(DateTimeOffset.Parse(expiresOn, CultureInfo.InvariantCulture));

        var logged = services.Logs.Lines.Where(l => l.Contains("client secret", StringComparison.Ordinal)).ToArray();
        if (expected is null)
        {
            Assert.Empty(logged);
        }
        else
        {
            Assert.Contains(logged, l => l.Contains(expected, StringComparison.Ordinal));
            Assert.DoesNotContain(logged, l => l.Contains("test-secret", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Running_ConfiguredDate_WarnsAtStartAndAgainEachDay()
    {
        var clock = new FakeTimeProvider(Now);
        var settings = ConnectorServices.DefaultSettings();
        settings["BotConnector:ClientSecretExpiresOn"] = "2026-12-30";
        await using var services = ConnectorServices.Create(settings, clock);
        var monitor = services.Services.GetServices<IHostedService>().OfType<ClientSecretExpiryMonitor>().Single();

        await monitor.StartAsync(CancellationToken.None);
        await WaitForAsync(() => services.Logs.Lines.Any(l => l.Contains("expires on 2026-12-30, in 30 days", StringComparison.Ordinal)));
        clock.Advance(TimeSpan.FromDays(1));
        await WaitForAsync(() => services.Logs.Lines.Any(l => l.Contains("expires on 2026-12-30, in 29 days", StringComparison.Ordinal)));

        await monitor.StopAsync(CancellationToken.None);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        // The service's loop runs on the thread pool (also after Advance); poll briefly for it, never for the date.
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
