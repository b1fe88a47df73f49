using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using MsalException = Microsoft.Identity.Client.MsalException;
using Polly.CircuitBreaker;
using Polly.Timeout;
using PlanBot.Connector.Diagnostics;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Client;

/// <summary>
/// The Bot Connector REST client (a typed HttpClient: retries, circuit breaker and the bearer token are in its handlers).
/// Every call first checks that the serviceUrl may receive the bot's token; ids are escaped into the path.
/// </summary>
internal sealed partial class ConnectorClient(
    HttpClient http,
    ServiceUrlGuard guard,
    SendPacer pacer,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    /// <summary>Retried at once or not at all, never after a wait (see <see cref="ConnectorResilience.Inline"/>).</summary>
    public bool IsInline { get; private init; }

    /// <summary>The same client (same handlers, same per-host circuit breakers) that never waits to retry: <see cref="ConnectorClients.NoWait"/>.</summary>
    public ConnectorClient WithoutWaits() => new(http, guard, pacer, timeProvider, logger) { IsInline = true };

    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(
            HttpMethod.Post,
            serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            Json(activity, ConnectorJsonContext.Default.Activity),
            ConnectorJsonContext.Default.ResourceResponse,
            conversationId,
            cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(
            HttpMethod.Post,
            serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities",
            Json(activity, ConnectorJsonContext.Default.Activity),
            ConnectorJsonContext.Default.ResourceResponse,
            conversationId,
            cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync(
            HttpMethod.Put,
            serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            Json(activity, ConnectorJsonContext.Default.Activity),
            ConnectorJsonContext.Default.ResourceResponse,
            conversationId,
            cancellationToken);

    public async Task<ConnectorResult> DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var result = await CallAsync(
            HttpMethod.Delete,
            serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            content: null,
            ConnectorJsonContext.Default.ResourceResponse,
            conversationId,
            cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? ConnectorResult.Success : new ConnectorResult(result.Error);
    }

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        CallAsync(
            HttpMethod.Post,
            serviceUrl,
            "v3/conversations",
            Json(parameters, ConnectorJsonContext.Default.ConversationParameters),
            ConnectorJsonContext.Default.ConversationResourceResponse,
            paceKey: null,
            cancellationToken);

    public Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add("pageSize=" + size.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        return CallAsync(HttpMethod.Get, serviceUrl, path, content: null, ConnectorJsonContext.Default.PagedMembersResult, paceKey: null, cancellationToken);
    }

    private async Task<ConnectorResult<T>> CallAsync<T>(
        HttpMethod method,
        Uri serviceUrl,
        string relativePath,
        HttpContent? content,
        JsonTypeInfo<T> responseType,
        string? paceKey,
        CancellationToken cancellationToken)
        where T : class
    {
        using var body = content;
        using var span = ConnectorTelemetry.StartConnectorCall(method, serviceUrl);
        if (await guard.CheckAsync(serviceUrl, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            LogRefused(logger, method.Method, serviceUrl.Host, refusal);
            return ConnectorResult<T>.Fail(new ConnectorError(ConnectorErrorKind.UntrustedServiceUrl, Message: refusal));
        }

        await pacer.WaitTurnAsync(paceKey, cancellationToken).ConfigureAwait(false);
        using var request = new HttpRequestMessage(method, new Uri(WithTrailingSlash(serviceUrl), relativePath)) { Content = body };
        request.Options.Set(ConnectorResilience.Inline, IsInline);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
        {
            LogUnavailable(logger, method.Method, serviceUrl.Host, exception.GetType().Name, exception.GetBaseException().Message);
            return ConnectorResult<T>.Fail(new ConnectorError(ConnectorErrorKind.Unavailable, Message: exception.GetType().Name));
        }
        catch (MsalException exception)
        {
            LogTokenFailed(logger, exception.ErrorCode, exception);
            return ConnectorResult<T>.Fail(new ConnectorError(ConnectorErrorKind.Unauthorized, Code: exception.ErrorCode, Message: "no token for the connector"));
        }

        using (response)
        {
            span?.SetTag("http.response.status_code", (int)response.StatusCode);
            if (response.IsSuccessStatusCode)
            {
                return ConnectorResult<T>.Ok(await ReadAsync(response, responseType, cancellationToken).ConfigureAwait(false));
            }

            var error = await ConnectorErrors.FromResponseAsync(response, timeProvider, cancellationToken).ConfigureAwait(false);
            LogFailed(logger, method.Method, serviceUrl.Host, (int)response.StatusCode, error.Kind, error.Code, error.CorrelationId, error.Message);
            return ConnectorResult<T>.Fail(error);
        }
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            // 201/202/204 may come without a body; the caller still learns it succeeded.
            return JsonSerializer.Deserialize("{}"u8, type)!;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, type) ?? JsonSerializer.Deserialize("{}"u8, type)!;
        }
        catch (JsonException)
        {
            return JsonSerializer.Deserialize("{}"u8, type)!;
        }
    }

    private static bool IsUnavailable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        HttpRequestException or BrokenCircuitException or TimeoutRejectedException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> type)
    {
        // Bytes, not a stream: the retry handler may send the same content more than once.
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, type));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private static Uri WithTrailingSlash(Uri serviceUrl) =>
        serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Connector call {Method} to {Host} refused before sending: {Reason}")]
    private static partial void LogRefused(ILogger logger, string method, string host, string reason);

    // No stack trace: where a refused connection or a timeout came from says nothing, and an outage repeats it per send.
    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Connector call {Method} to {Host} got no answer ({Failure}: {Reason})")]
    private static partial void LogUnavailable(ILogger logger, string method, string host, string failure, string reason);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Connector call {Method} to {Host} failed: {Status} {Kind} code={Code} correlation={CorrelationId}: {ServiceMessage}")]
    private static partial void LogFailed(ILogger logger, string method, string host, int status, ConnectorErrorKind kind, string? code, string? correlationId, string? serviceMessage);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "No token for the connector: MSAL error {ErrorCode}")]
    private static partial void LogTokenFailed(ILogger logger, string errorCode, Exception exception);
}
