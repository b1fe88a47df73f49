using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Connector.Client;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Hosting;

/// <summary>Without MicrosoftAppId: no token needed, but only from this machine, and it says so at start.</summary>
public sealed class LocalModeTests
{
    private static readonly Dictionary<string, string?> LocalSettings = new()
    {
        ["BotConnector:Processing:WorkerCount"] = "1",
    };

    [Fact]
    public async Task Post_NoTokenFromLoopback_Returns200AndHandlesUnauthenticated()
    {
        await using var host = await BotHost.StartAsync(LocalSettings);

        using var response = await host.PostAsync(TeamsActivities.Message("http://127.0.0.1:56150/", "local-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = await host.Handler.NextAsync();
        Assert.Equal("local-1", turn.Activity.Id);
        Assert.False(turn.Identity.IsAuthenticated);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://planbot.example.jp/")]
    [InlineData("http://10.0.0.8:3978/")]
    public async Task Post_NonLoopbackServiceUrl_Returns401AndHandlesNothing(string serviceUrl)
    {
        await using var host = await BotHost.StartAsync(LocalSettings);

        using var refused = await host.PostAsync(TeamsActivities.Message(serviceUrl, "elsewhere-1"));
        using var accepted = await host.PostAsync(TeamsActivities.Message("http://localhost:56150/", "here-1"));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.Contains("local mode accepts loopback serviceUrls only", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("here-1", (await host.Handler.NextAsync()).Activity.Id);
        Assert.DoesNotContain(host.Sink.Recorded, a => a.Id == "elsewhere-1");
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", false)]
    [InlineData("https://127.0.0.1:4443/teams/", true)]
    [InlineData("http://[::1]:56150/", true)]
    [InlineData("http://localhost:56150/", true)]
    public async Task Send_LocalMode_GoesToLoopbackOnly(string serviceUrl, bool allowed)
    {
        await using var services = ConnectorServices.Create(new Dictionary<string, string?>());
        var guard = services.Services.GetRequiredService<ServiceUrlGuard>();

        Assert.Equal(allowed, guard.CheckHost(new Uri(serviceUrl)) is null);
    }

    [Fact]
    public async Task Start_LocalMode_LogsItLoudly()
    {
        await using var host = await BotHost.StartAsync(LocalSettings);

        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("LOCAL MODE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_NoTokenFromNonLoopbackAddress_Returns401()
    {
        var address = NonLoopbackAddress();
        if (address is null)
        {
            // This machine has no other interface to call from; the loopback rule is covered by LoopbackAddressesTests.
            return;
        }

        await using var host = await BotHost.StartAsync(LocalSettings, url: "http://0.0.0.0:0");
        var port = host.Client.BaseAddress!.Port;
        using var client = new HttpClient { BaseAddress = new Uri($"http://{address}:{port}/") };

        using var response = await client.PostAsync(
            new Uri("api/messages", UriKind.Relative),
            new StringContent(TeamsActivities.Message("http://127.0.0.1:56150/", "remote-1"), System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.Contains("local mode accepts loopback callers only", StringComparison.Ordinal));
    }

    private static IPAddress? NonLoopbackAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
