using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PlanBot.Connector.Hosting;

/// <summary>Says at start which mode the bot endpoint runs in, so nobody runs unauthenticated by accident.</summary>
internal sealed partial class ConnectorStartupLog(IOptions<BotConnectorOptions> options, ILogger<ConnectorStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsLocalMode)
        {
            LogLocalMode(logger, settings.LocalMode == true ? "PlanBot:LocalMode=true" : "Development environment");
        }
        else
        {
            LogAuthenticated(logger, settings.MicrosoftAppId!, settings.AppType, settings.ToBotFromChannelOpenIdMetadataUrl.AbsoluteUri);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Bot endpoint in LOCAL MODE (no MicrosoftAppId, {Reason}): unauthenticated requests are accepted from loopback addresses with loopback serviceUrls only and never through a proxy, and no tokens are sent")]
    private static partial void LogLocalMode(ILogger logger, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Bot endpoint authenticates the Bot Connector for app {MicrosoftAppId} ({AppType}), keys from {MetadataUrl}")]
    private static partial void LogAuthenticated(ILogger logger, string microsoftAppId, BotAppType appType, string metadataUrl);
}
