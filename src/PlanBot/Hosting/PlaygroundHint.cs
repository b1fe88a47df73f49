using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PlanBot.Connector;

namespace PlanBot.Hosting;

/// <summary>
/// In local mode (no MicrosoftAppId), tells the developer at start where the bot listens and how to talk to it from
/// Microsoft's Agents Playground, the local Teams emulator.
/// </summary>
internal sealed partial class PlaygroundHint(
    IServer server,
    IHostApplicationLifetime lifetime,
    IOptions<BotConnectorOptions> options,
    ILogger<PlaygroundHint> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsLocalMode)
        {
            lifetime.ApplicationStarted.Register(() =>
            {
                var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? DefaultUrlsExtensions.DefaultUrl;
                var endpoint = $"{address.TrimEnd('/')}/api/messages";
                LogHint(logger, endpoint);
            });
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message =
        "PlanBot listens on {Endpoint}. To chat with it locally, run Microsoft's Agents Playground: " +
        "npx --yes @microsoft/m365agentsplayground@0.2.28 start --disable-telemetry -e {Endpoint} (README, 'Try it locally', has the whole command)")]
    private static partial void LogHint(ILogger logger, string endpoint);
}
