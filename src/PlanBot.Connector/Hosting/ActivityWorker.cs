using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// Works off accepted non-invoke activities, each under its own timeout (not the long-gone HTTP request's token).
/// A failure is logged with the activity's identity; it never stops the worker.
/// </summary>
internal sealed partial class ActivityWorker(
    ActivityQueue queue,
    TurnRunner runner,
    IOptions<BotConnectorOptions> options,
    TimeProvider timeProvider,
    ILogger<ActivityWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var workers = Enumerable.Range(0, options.Value.Processing.WorkerCount).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll(workers).ConfigureAwait(false);
        var left = queue.Reader.CanCount ? queue.Reader.Count : 0;
        if (left > 0)
        {
            LogUnprocessedAtShutdown(logger, left);
        }
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await ProcessAsync(item, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task ProcessAsync(QueuedActivity item, CancellationToken stoppingToken)
    {
        var activity = item.Activity;
        using var timeout = new CancellationTokenSource(options.Value.Processing.ActivityTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
        try
        {
            await runner.RunAsync(activity, item.Identity, linked.Token, item.TraceParent).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            LogTimedOut(logger, activity.Type, activity.Id, activity.Conversation?.Id, options.Value.Processing.ActivityTimeout);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogCancelledAtShutdown(logger, activity.Type, activity.Id, activity.Conversation?.Id);
        }
        catch (Exception exception)
        {
            LogFailed(logger, activity.Type, activity.Id, activity.Conversation?.Id, exception);
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Error, Message = "Activity {ActivityType} {ActivityId} in {ConversationId} timed out after {Timeout}")]
    private static partial void LogTimedOut(ILogger logger, string? activityType, string? activityId, string? conversationId, TimeSpan timeout);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "Activity {ActivityType} {ActivityId} in {ConversationId} failed")]
    private static partial void LogFailed(ILogger logger, string? activityType, string? activityId, string? conversationId, Exception exception);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Activity {ActivityType} {ActivityId} in {ConversationId} was cancelled by shutdown")]
    private static partial void LogCancelledAtShutdown(ILogger logger, string? activityType, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "{Count} accepted activities were not processed before shutdown")]
    private static partial void LogUnprocessedAtShutdown(ILogger logger, int count);
}
