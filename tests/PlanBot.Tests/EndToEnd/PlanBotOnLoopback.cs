using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.EndToEnd;

/// <summary>The real PlanBot host on Kestrel, on a free loopback port and its own temp SQLite store, in local mode.</summary>
public sealed class PlanBotOnLoopback : IAsyncDisposable
{
    private readonly TempPlanStore _store = new();
    private readonly WebApplicationFactory<Program> _factory;

    private PlanBotOnLoopback(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:PlanStore", _store.ConnectionString);
            web.UseSetting("urls", "http://127.0.0.1:0");
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            if (services is not null)
            {
                web.ConfigureServices(services);
            }
        });
        _factory.UseKestrel();
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        MessagesEndpoint = new Uri($"{address.TrimEnd('/')}/api/messages");
    }

    public Uri MessagesEndpoint { get; }

    public IServiceProvider Services => _factory.Services;

    public string StoreConnectionString => _store.ConnectionString;

    public static PlanBotOnLoopback Start(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) =>
        new(settings ?? new Dictionary<string, string?>(), services);

    /// <summary>
    /// Asks <c>/healthz/ready</c> until it answers 200 (the scheduler starts just after the application has), within a
    /// bound; fails with the last answer otherwise. Returns the report.
    /// </summary>
    public async Task<JsonElement> WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = new Uri(MessagesEndpoint.GetLeftPart(UriPartial.Authority)) };
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/healthz/ready", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK || attempt == 600)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _store.Dispose();
    }
}
