using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PlanBot.Connector.Auth;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Testing;

namespace PlanBot.Connector.Tests.Support;

/// <summary>The connector's services as AddPlanBotConnector registers them, with MSAL answered in memory.</summary>
public sealed class ConnectorServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private ConnectorServices(ServiceProvider provider, FakeTokenEndpoint tokens, CapturingLoggerProvider logs)
    {
        this.provider = provider;
        Tokens = tokens;
        Logs = logs;
    }

    public FakeTokenEndpoint Tokens { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => provider;

    public IConnectorClient Client => provider.GetRequiredService<IConnectorClient>();

    public static Dictionary<string, string?> DefaultSettings() => new()
    {
        ["MicrosoftAppId"] = TestIssuer.AppId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["MicrosoftAppType"] = "MultiTenant",
        ["ValidateAuthority"] = "false",
        ["BotConnector:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        ["BotConnector:Resilience:BaseDelay"] = "00:00:00",
        ["BotConnector:Resilience:MaxRetryAttempts"] = "3",
    };

    public static ConnectorServices Create(IDictionary<string, string?>? settings = null, TimeProvider? timeProvider = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? DefaultSettings()).Build();
        var services = new ServiceCollection();
        var logs = new CapturingLoggerProvider();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddPlanBotConnector(configuration);
        var tokens = new FakeTokenEndpoint();
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => tokens);
        return new ConnectorServices(services.BuildServiceProvider(validateScopes: true), tokens, logs);
    }

    /// <summary>What the endpoint does for an authenticated activity: trust its serviceUrl.</summary>
    public ValueTask TrustAsync(Uri serviceUrl) =>
        provider.GetRequiredService<ITrustedServiceUrls>().TrustAsync(serviceUrl, CancellationToken.None);

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
