using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PlanBot.Connector.Auth;
using PlanBot.Connector.Hosting;
using PlanBot.Testing;

namespace PlanBot.Connector.Tests.Support;

/// <summary>The connector wired as the app will wire it, on real Kestrel, with a recording handler and sink.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private BotHost(WebApplication app, Uri baseAddress, RecordingActivityHandler handler, RecordingSink sink, FakeTokenEndpoint tokens, CapturingLoggerProvider logs)
    {
        Logs = logs;
        this.app = app;
        Handler = handler;
        Sink = sink;
        Tokens = tokens;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public HttpClient Client { get; }

    public RecordingActivityHandler Handler { get; }

    public RecordingSink Sink { get; }

    public FakeTokenEndpoint Tokens { get; }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Settings of an authenticated bot whose keys come from <paramref name="issuer"/> and whose connector is on loopback.</summary>
    public static Dictionary<string, string?> AuthenticatedSettings(TestIssuer issuer) => new()
    {
        ["MicrosoftAppId"] = TestIssuer.AppId,
        ["MicrosoftAppPassword"] = "test-secret",
        ["MicrosoftAppType"] = "MultiTenant",
        ["ToBotFromChannelOpenIdMetadataUrl"] = issuer.MetadataUrl.AbsoluteUri,
        ["ValidateAuthority"] = "false",
        ["BotConnector:AllowedServiceUrlHosts:0"] = "127.0.0.1",
        ["BotConnector:Processing:WorkerCount"] = "1",
        ["BotConnector:Resilience:BaseDelay"] = "00:00:00",
    };

    /// <summary>Starts the host; in the Development environment unless <paramref name="environment"/> says otherwise, as WebApplicationFactory does.</summary>
    public static async Task<BotHost> StartAsync(
        IDictionary<string, string?> settings,
        Action<IServiceCollection>? configure = null,
        string url = "http://127.0.0.1:0",
        string? environment = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment ?? Environments.Development });
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var logs = new CapturingLoggerProvider();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Configuration.AddInMemoryCollection(settings);
        var handler = new RecordingActivityHandler();
        var sink = new RecordingSink();
        var tokens = new FakeTokenEndpoint();
        builder.Services.AddPlanBotConnector(builder.Configuration);
        builder.Services.AddSingleton<IActivityHandler>(handler);
        builder.Services.AddSingleton<IConversationReferenceSink>(sink);
        builder.Services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => tokens);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapBotEndpoint();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = new Uri(app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/");
        return new BotHost(app, address, handler, sink, tokens, logs);
    }

    public Task<HttpResponseMessage> PostAsync(string json, string? authorization = null) =>
        PostAsync(Encoding.UTF8.GetBytes(json), authorization);

    public async Task<HttpResponseMessage> PostAsync(byte[] body, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
