using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Connector.Client;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Hosting;

/// <summary>
/// Without MicrosoftAppId: no token needed, but only when asked for, only from this machine, never through a proxy, and
/// it says so at start.
/// </summary>
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
        await using var services = ConnectorServices.Create(new Dictionary<string, string?> { ["PlanBot:LocalMode"] = "true" });
        var guard = services.Services.GetRequiredService<ServiceUrlGuard>();

        Assert.Equal(allowed, guard.CheckHost(new Uri(serviceUrl)) is null);
    }

    [Fact]
    public async Task Start_LocalMode_LogsItLoudly()
    {
        await using var host = await BotHost.StartAsync(LocalSettings);

        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("LOCAL MODE (no MicrosoftAppId, Development environment)", StringComparison.Ordinal));
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

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https")]
    [InlineData("X-Original-For", "203.0.113.7:50123")]
    [InlineData("X-Real-IP", "203.0.113.7")]
    public async Task Post_FromLoopbackThroughAProxy_Returns401AndNothingIsHandled(string header, string value)
    {
        await using var host = await BotHost.StartAsync(LocalSettings);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(TeamsActivities.Message("http://127.0.0.1:56150/", "proxied-1"), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.Contains($"local mode refuses requests that came through a proxy ({header} header)", StringComparison.Ordinal));
        Assert.Empty(host.Sink.Recorded);
    }

    [Fact]
    public async Task Start_NoIdentityOutsideDevelopment_RefusesNamingTheSettings()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            BotHost.StartAsync(LocalSettings, environment: "Production"));

        var message = Assert.Single(failure.Failures);
        Assert.Contains("No bot identity is configured (MicrosoftAppId is not set)", message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppTenantId and MicrosoftAppPassword", message, StringComparison.Ordinal);
        Assert.Contains("PlanBot:LocalMode=true", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_LocalModeSwitchedOffInDevelopment_Refuses()
    {
        var failure = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            BotHost.StartAsync(new Dictionary<string, string?> { ["PlanBot:LocalMode"] = "false" }, environment: "Development"));

        Assert.Contains(failure.Failures, f => f.Contains("switched off by PlanBot:LocalMode=false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_ProductionWithTheExplicitSwitch_IsLocalMode()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>(LocalSettings) { ["PlanBot:LocalMode"] = "true" }, environment: "Production");

        using var response = await host.PostAsync(TeamsActivities.Message("http://127.0.0.1:56150/", "switched-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("switched-1", (await host.Handler.NextAsync()).Activity.Id);
        Assert.Contains(host.Logs.Lines, l => l.Contains("LOCAL MODE (no MicrosoftAppId, PlanBot:LocalMode=true)", StringComparison.Ordinal));
    }

    private static IPAddress? NonLoopbackAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
}
