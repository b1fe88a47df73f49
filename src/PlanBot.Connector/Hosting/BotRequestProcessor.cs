using System.Buffers;
using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.Connector.Auth;
using PlanBot.Connector.Client;
using PlanBot.Connector.Diagnostics;
using PlanBot.Connector.Schema;
using Activity = PlanBot.Connector.Schema.Activity;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// POST /api/messages: authenticate first (401, nothing read or processed; in local mode: loopback and no proxy), then size (413), shape (400), the
/// token-vs-activity checks (401), deduplication, and finally either the invoke inline, a turn that must be done before
/// it is acknowledged (<see cref="IAcknowledgementPolicy"/>) inline too, or a queued turn (200 at once).
/// </summary>
internal sealed partial class BotRequestProcessor(
    IOptions<BotConnectorOptions> options,
    ChannelTokenValidator tokenValidator,
    ITrustedServiceUrls trustedServiceUrls,
    IActivityDeduplicator deduplicator,
    ActivityQueue queue,
    IAcknowledgementPolicy acknowledgement,
    TurnRunner runner,
    ConnectorMetrics metrics,
    OverloadLog overload,
    TimeProvider timeProvider,
    ILogger<BotRequestProcessor> logger)
{
    public async Task<IResult> ProcessAsync(HttpContext context)
    {
        var settings = options.Value;
        var request = context.Request;
        var aborted = context.RequestAborted;

        TokenValidationOutcome? token = null;
        if (settings.IsLocalMode)
        {
            if (ProxyHeaders.FindIn(request.Headers) is { } proxyHeader)
            {
                LogRejected(logger, $"local mode refuses requests that came through a proxy ({proxyHeader} header)");
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            if (!LoopbackAddresses.IsLoopback(context.Connection.RemoteIpAddress))
            {
                LogRejected(logger, "local mode accepts loopback callers only");
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }
        }
        else
        {
            token = await tokenValidator.ValidateTokenAsync(request.Headers.Authorization.ToString(), aborted).ConfigureAwait(false);
            if (!token.Succeeded)
            {
                LogRejected(logger, token.FailureReason!);
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }
        }

        var max = settings.Processing.MaxRequestBodyBytes;
        if (request.ContentLength > max)
        {
            LogTooLarge(logger, request.ContentLength.Value, max);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBoundedAsync(request.Body, max, aborted).ConfigureAwait(false);
        if (body is null)
        {
            LogTooLarge(logger, max + 1L, max);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var (activity, malformed) = ActivityReader.Read(body.WrittenSpan);
        if (activity is null)
        {
            LogMalformed(logger, malformed!);
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        if (settings.IsLocalMode && !LoopbackAddresses.IsLoopback(new Uri(activity.ServiceUrl!)))
        {
            // Nothing vouches for an unauthenticated activity's serviceUrl: local mode only ever answers this machine.
            LogRejected(logger, "local mode accepts loopback serviceUrls only");
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        if (token is not null && ChannelTokenValidator.CheckActivity(token, activity) is { } mismatch)
        {
            LogRejected(logger, mismatch);
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        using var span = ConnectorTelemetry.StartReceive(activity.Type);
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityType"] = activity.Type,
            ["ActivityId"] = activity.Id,
            ["ConversationId"] = activity.Conversation?.Id,
        });

        await trustedServiceUrls.TrustAsync(new Uri(activity.ServiceUrl!), aborted).ConfigureAwait(false);
        var identity = token?.Identity ?? new ClaimsIdentity();

        var key = ActivityDeduplicator.KeyOf(activity);
        var runsBeforeAcknowledging = activity.Type != ActivityTypes.Invoke && acknowledgement.RunsBeforeAcknowledging(activity);
        if (key is not null && (runsBeforeAcknowledging
                ? await deduplicator.IsKnownAsync(key, aborted).ConfigureAwait(false)
                : !await deduplicator.TryBeginAsync(key, aborted).ConfigureAwait(false)))
        {
            LogDuplicate(logger, activity.Type, activity.Id);
            metrics.ActivityReceived(activity.Type, ConnectorMetrics.Outcomes.Duplicate);
            return Results.Ok();
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            metrics.ActivityReceived(activity.Type, ConnectorMetrics.Outcomes.Accepted);
            return await InvokeAsync(activity, identity, key, aborted).ConfigureAwait(false);
        }

        if (runsBeforeAcknowledging)
        {
            metrics.ActivityReceived(activity.Type, ConnectorMetrics.Outcomes.Accepted);
            return await RunBeforeAcknowledgingAsync(activity, identity, key).ConfigureAwait(false);
        }

        // The current span (this receive, or the request's when receive is not sampled) goes with the queued turn.
        return await EnqueueAsync(activity, identity, key, System.Diagnostics.Activity.Current?.Context ?? default).ConfigureAwait(false);
    }

    /// <summary>
    /// Carries the turn out within the request: 200 means it is done (its effects committed, its replies sent or handed to
    /// the outbox), so a crash after the acknowledgement loses nothing; a failure answers 500 and the channel delivers it
    /// again. Its key is recorded only once it is done: a crash mid-turn (when a stored record would outlive the process
    /// and refuse the redelivery) leaves the channel's redelivery free to run. The commands that run here are idempotent
    /// (a reminder stage queues nothing twice, a channel choice is set, not added), so a redelivery that arrives while
    /// the first delivery still runs is harmless. The turn runs to its end even when the caller stops waiting: done is
    /// better than rolled back.
    /// </summary>
    private async Task<IResult> RunBeforeAcknowledgingAsync(Activity activity, ClaimsIdentity identity, string? key)
    {
        using var timeout = new CancellationTokenSource(options.Value.Processing.ActivityTimeout, timeProvider);
        try
        {
            await runner.RunAsync(activity, identity, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogRunBeforeAcknowledgingFailed(logger, activity.Type, activity.Id, exception);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        if (key is not null)
        {
            await deduplicator.TryBeginAsync(key, CancellationToken.None).ConfigureAwait(false);
        }

        return Results.Ok();
    }

    private async Task<IResult> InvokeAsync(Activity activity, ClaimsIdentity identity, string? key, CancellationToken aborted)
    {
        using var timeout = new CancellationTokenSource(options.Value.Processing.InvokeTimeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, timeout.Token);
        InvokeResponse? response;
        try
        {
            response = await runner.RunAsync(activity, identity, linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (!aborted.IsCancellationRequested)
        {
            // Not done: let the channel's retry through.
            if (key is not null)
            {
                await deduplicator.ForgetAsync(key, CancellationToken.None).ConfigureAwait(false);
            }

            LogInvokeFailed(logger, activity.Name, activity.Id, exception);
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        if (response is null)
        {
            LogInvokeNotHandled(logger, activity.Name);
            return Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        return response.Body is { } json
            ? Results.Text(json.GetRawText(), "application/json; charset=utf-8", statusCode: response.Status)
            : Results.StatusCode(response.Status);
    }

    private async Task<IResult> EnqueueAsync(Activity activity, ClaimsIdentity identity, string? key, ActivityContext traceParent)
    {
        if (queue.TryEnqueue(new QueuedActivity(activity, identity, traceParent)))
        {
            metrics.ActivityReceived(activity.Type, ConnectorMetrics.Outcomes.Accepted);
            return Results.Ok();
        }

        metrics.ActivityReceived(activity.Type, ConnectorMetrics.Outcomes.Refused);
        // Full: refuse rather than drop, so the channel delivers it again later.
        if (key is not null)
        {
            await deduplicator.ForgetAsync(key, CancellationToken.None).ConfigureAwait(false);
        }

        overload.QueueFull();
        return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Reads at most <paramref name="max"/> bytes; null when the body is longer.</summary>
    private static async Task<ArrayBufferWriter<byte>?> ReadBoundedAsync(Stream body, int max, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(max + 1, 16 * 1024));
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var read = await body.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > max)
            {
                return null;
            }
        }
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Bot request rejected (401): {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Bot request body too large (413): {Length} bytes, limit {Max}")]
    private static partial void LogTooLarge(ILogger logger, long length, int max);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "Bot request malformed (400): {Problem}")]
    private static partial void LogMalformed(ILogger logger, string problem);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Information, Message = "Duplicate {ActivityType} {ActivityId} acknowledged without processing")]
    private static partial void LogDuplicate(ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Error, Message = "Invoke {InvokeName} {ActivityId} failed")]
    private static partial void LogInvokeFailed(ILogger logger, string? invokeName, string? activityId, Exception exception);

    [LoggerMessage(EventId = 1306, Level = LogLevel.Information, Message = "Invoke {InvokeName} not handled (501)")]
    private static partial void LogInvokeNotHandled(ILogger logger, string? invokeName);

    [LoggerMessage(EventId = 1308, Level = LogLevel.Error, Message = "{ActivityType} {ActivityId}, run before its acknowledgement, failed; answered 500 for the channel to retry")]
    private static partial void LogRunBeforeAcknowledgingFailed(ILogger logger, string? activityType, string? activityId, Exception exception);
}
