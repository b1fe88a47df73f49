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

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        _store.Dispose();
    }
}
