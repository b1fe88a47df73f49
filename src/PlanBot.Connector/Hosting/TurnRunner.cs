using System.Diagnostics;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.Connector.Client;
using PlanBot.Connector.Diagnostics;
using PlanBot.Connector.Schema;
using Activity = PlanBot.Connector.Schema.Activity;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// Runs one turn in its own DI scope: record the conversation reference, then the app's handler; then logs the turn as
/// one Information line (what came in, what went out, how long), the only line a turn writes at the default level.
/// </summary>
internal sealed partial class TurnRunner(IServiceScopeFactory scopeFactory, IOptions<BotConnectorOptions> options, TimeProvider timeProvider, ILogger<TurnRunner> logger)
{
    /// <param name="traceParent">The accepting request's trace context for a queued turn; default: the current activity.</param>
    public async Task<InvokeResponse?> RunAsync(Activity activity, ClaimsIdentity identity, CancellationToken cancellationToken, ActivityContext traceParent = default)
    {
        using var span = ConnectorTelemetry.StartTurn(activity.Type, traceParent);
        var scope = scopeFactory.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var services = scope.ServiceProvider;
            try
            {
                await services.GetRequiredService<IConversationReferenceSink>()
                    .RecordAsync(activity, identity, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A storage hiccup must not stop the user getting an answer; the next activity refreshes the reference.
                LogSinkFailed(logger, activity.Type, activity.Id, exception);
            }

            var started = timeProvider.GetTimestamp();
            var turn = new TurnContext(activity, identity, ConnectorFor(services, activity));
            var response = await services.GetRequiredService<IActivityHandler>().HandleAsync(turn, cancellationToken).ConfigureAwait(false);
            if (logger.IsEnabled(LogLevel.Information))
            {
                LogTurn(
                    logger,
                    activity.Name is { Length: > 0 } name ? $"{activity.Type} {name}" : activity.Type,
                    turn.Outcome ?? "-",
                    turn.MessagesSent,
                    response is null ? "-" : response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    timeProvider.GetElapsedTime(started).TotalMilliseconds);
            }

            return response;
        }
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Turn {Activity}: {Outcome}; {Sent} messages sent, invoke answer {Status}, {ElapsedMs:F0} ms")]
    private static partial void LogTurn(ILogger logger, string? activity, string outcome, int sent, string status, double elapsedMs);

    /// <summary>The connector with the turn's reply budget, retried inline at once or not at all, failures handed to the outbox.</summary>
    private TurnConnector ConnectorFor(IServiceProvider services, Activity activity)
    {
        return new TurnConnector(
            services.GetRequiredKeyedService<IConnectorClient>(ConnectorClients.NoWait),
            services.GetRequiredService<IReplyOutbox>(),
            activity,
            options.Value.Processing.ReplyTimeout,
            timeProvider,
            logger);
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Recording the conversation reference failed for {ActivityType} {ActivityId}")]
    private static partial void LogSinkFailed(ILogger logger, string? activityType, string? activityId, Exception exception);
}
