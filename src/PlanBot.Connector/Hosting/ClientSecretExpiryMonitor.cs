using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// A client secret that expires stops every outbound call at once, usually on a quiet day nobody is watching. When its
/// expiry date is configured (<see cref="BotConnectorOptions.ClientSecretExpiresOn"/>), this warns at start and then
/// daily from <see cref="WarningPeriod"/> before, and logs an error once it has passed.
/// </summary>
internal sealed partial class ClientSecretExpiryMonitor(
    IOptions<BotConnectorOptions> options,
    TimeProvider timeProvider,
    ILogger<ClientSecretExpiryMonitor> logger) : BackgroundService
{
    public static readonly TimeSpan WarningPeriod = TimeSpan.FromDays(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.IsLocalMode || settings.ClientSecretExpiresOn is not { } expiresOn || string.IsNullOrEmpty(settings.MicrosoftAppPassword))
        {
            return;
        }

        try
        {
            // Daily from the start, each wait measured to its slot so a slow loop never drifts or skips a day.
            var next = timeProvider.GetUtcNow();
            while (!stoppingToken.IsCancellationRequested)
            {
                Check(expiresOn);
                next += TimeSpan.FromDays(1);
                var wait = next - timeProvider.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Logs what the expiry date calls for today; returns what was logged, for tests.</summary>
    internal LogLevel Check(DateTimeOffset expiresOn)
    {
        var left = expiresOn - timeProvider.GetUtcNow();
        var date = expiresOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (left <= TimeSpan.Zero)
        {
            LogExpired(logger, date);
            return LogLevel.Error;
        }

        if (left <= WarningPeriod)
        {
            LogExpiresSoon(logger, date, (int)Math.Ceiling(left.TotalDays));
            return LogLevel.Warning;
        }

        return LogLevel.None;
    }

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message =
        "The bot's client secret (MicrosoftAppPassword) expires on {ExpiresOn}, in {Days} days: create a new secret in the app registration, " +
        "put it where PlanBot reads it (Key Vault, environment) and update BotConnector:ClientSecretExpiresOn")]
    private static partial void LogExpiresSoon(ILogger logger, string expiresOn, int days);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message =
        "The bot's client secret (MicrosoftAppPassword) expired on {ExpiresOn} (BotConnector:ClientSecretExpiresOn): Teams calls will fail until a new secret is configured")]
    private static partial void LogExpired(ILogger logger, string expiresOn);
}
