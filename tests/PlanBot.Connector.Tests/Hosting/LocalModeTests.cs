using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
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
