using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Packaging;
using PlanBot.Tests.EndToEnd;
using Quartz;

namespace PlanBot.Tests.Hosting;

/// <summary>The real host over real HTTP: health endpoints, the pages the app package links to, and the door behind a proxy.</summary>
public sealed class HostEndpointsTests
{
    [Fact]
    public async Task Health_StartedHost_LiveAndReadyWithEachCheck()
    {
        await using var host = PlanBotOnLoopback.Start();
        using var client = ClientFor(host);

        using var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative));
        using var legacy = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var ready = await host.WaitUntilReadyAsync();

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("plan-store").GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_SchedulerInStandby_503ButStillLive()
    {
        await using var host = PlanBotOnLoopback.Start();
        using var client = ClientFor(host);
        await host.WaitUntilReadyAsync();

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.Standby();
        using var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/healthz/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("plan-store").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_StoreMissingItsLastMigration_503SayingSo()
    {
        await using var host = PlanBotOnLoopback.Start();
        using var client = ClientFor(host);
        await host.WaitUntilReadyAsync();

        // As a store restored from before the last migration would be.
        await using (var connection = new SqliteConnection(host.StoreConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = (SELECT MAX("MigrationId") FROM "__EFMigrationsHistory")""";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        using var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var store = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("plan-store");
        Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
        Assert.Equal("The plan store has 1 migration not applied yet.", store.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Ready_StoreFileReplacedByGarbage_503NamingTheStore()
    {
        await using var host = PlanBotOnLoopback.Start();
        using var client = ClientFor(host);
        await host.WaitUntilReadyAsync();
        var path = new SqliteConnectionStringBuilder(host.StoreConnectionString).DataSource;

        SqliteConnection.ClearAllPools();
        File.Delete(path + "-wal");
        File.Delete(path + "-shm");
        await File.WriteAllBytesAsync(path, Encoding.ASCII.GetBytes(new string('x', 8192)));
        using var ready = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var store = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("plan-store");
        Assert.Equal("Unhealthy", store.GetProperty("status").GetString());
        Assert.StartsWith("The plan store cannot be read (", store.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Package_BuiltForThisHost_EveryDeveloperLinkAnswersInJapanese()
    {
        await using var host = PlanBotOnLoopback.Start(new Dictionary<string, string?> { ["Pages:Operator"] = "九州経済<連合会>" });
        using var client = ClientFor(host);
        var zip = Path.Combine(Path.GetTempPath(), $"planbot-links-{Guid.NewGuid():N}.zip");
        try
        {
            await AppPackageBuilder.ForCommittedTemplate()
                .BuildAsync(new AppPackageRequest("1b4e28ba-2fa1-11d2-883f-0016d3cca427", host.MessagesEndpoint.AbsoluteUri, zip), CancellationToken.None);
            using var archive = ZipFile.OpenRead(zip);
            await using var manifestStream = archive.GetEntry("manifest.json")!.Open();
            var developer = (await JsonDocument.ParseAsync(manifestStream)).RootElement.GetProperty("developer");

            foreach (var property in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
            {
                var url = new Uri(developer.GetProperty(property).GetString()!);
                Assert.Equal(host.MessagesEndpoint.Authority, url.Authority);
                using var page = await client.GetAsync(url);
                Assert.True(page.StatusCode == HttpStatusCode.OK, $"{property} {url} answered {page.StatusCode}");
                Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
                var html = await page.Content.ReadAsStringAsync();
                Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
                Assert.Contains("九州経済&lt;連合会&gt;", html, StringComparison.Ordinal);
                Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(zip);
        }
    }

    [Fact]
    public async Task Messages_LocalModeThroughALoopbackProxy_401AfterTheForwardedHeadersAreApplied()
    {
        await using var host = PlanBotOnLoopback.Start();
        using var client = ClientFor(host);
        using var request = new HttpRequestMessage(HttpMethod.Post, host.MessagesEndpoint)
        {
            Content = new StringContent(
                """{"type":"message","id":"p-1","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"c-1"},"from":{"id":"29:u"},"recipient":{"id":"28:b"},"text":"ヘルプ"}""",
                Encoding.UTF8,
                "application/json"),
        };
        // What nginx on the same machine sends: loopback is a known proxy, so the middleware applies it.
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static HttpClient ClientFor(PlanBotOnLoopback host) =>
        new() { BaseAddress = new Uri(host.MessagesEndpoint.GetLeftPart(UriPartial.Authority)) };
}
