using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PlanBot.Connector.Client;

/// <summary>
/// The upload of an accepted file, through its own typed HttpClient: the connector's retry and circuit breaker, but
/// not its token handler, since the upload URL is OneDrive's, not the Bot Connector's. The bytes go in one PUT with
/// <c>Content-Range: bytes 0-(n-1)/n</c>, as an upload session takes a file that fits one request.
/// </summary>
internal sealed partial class FileUploadClient(HttpClient http, IOptions<BotConnectorOptions> options, TimeProvider timeProvider, ILogger<FileUploadClient> logger)
    : IFileUploadClient
{
    public async Task<ConnectorResult> UploadAsync(Uri uploadUrl, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uploadUrl);
        if (Refusal(uploadUrl) is { } refusal)
        {
            LogRefused(logger, uploadUrl.Host, refusal);
            return new ConnectorResult(new ConnectorError(ConnectorErrorKind.UntrustedServiceUrl, Message: refusal));
        }

        using var body = new ReadOnlyMemoryContent(content);
        body.Headers.ContentLength = content.Length;
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(0, content.Length - 1), content.Length);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = body };
        // The user waits on the consent's invoke: retried at once or not at all, never after a wait Teams would outlast.
        request.Options.Set(ConnectorResilience.Inline, true);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                LogUploaded(logger, uploadUrl.Host, content.Length, (int)response.StatusCode);
                return ConnectorResult.Success;
            }

            var error = await ConnectorErrors.FromResponseAsync(response, timeProvider, cancellationToken).ConfigureAwait(false);
            LogFailed(logger, uploadUrl.Host, (int)response.StatusCode, error.Kind, error.Code);
            return new ConnectorResult(error);
        }
        catch (Exception exception) when (exception is HttpRequestException or BrokenCircuitException or TimeoutRejectedException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogUnavailable(logger, uploadUrl.Host, exception.GetType().Name, exception.GetBaseException().Message);
            return new ConnectorResult(new ConnectorError(ConnectorErrorKind.Unavailable, Message: exception.GetType().Name));
        }
    }

    /// <summary>
    /// Why the URL may not be uploaded to: not https (http only on loopback), in local mode anything but loopback, else
    /// a host off the allow-list. The URL comes in an activity, so this is what keeps it from aiming PlanBot elsewhere.
    /// </summary>
    private string? Refusal(Uri uploadUrl)
    {
        if (!LoopbackAddresses.IsSecureOrLoopback(uploadUrl))
        {
            return "upload URL is not https";
        }

        var settings = options.Value;
        if (settings.IsLocalMode)
        {
            return LoopbackAddresses.IsLoopback(uploadUrl) ? null : "local mode uploads to loopback only";
        }

        return ServiceUrlHostPolicy.IsAllowed(uploadUrl.Host, settings.EffectiveAllowedUploadHosts)
            ? null
            : $"host '{uploadUrl.Host}' is not on the upload allow-list";
    }

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "File upload to {Host} refused before sending: {Reason}")]
    private static partial void LogRefused(ILogger logger, string host, string reason);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information, Message = "File uploaded to {Host}: {Bytes} bytes, HTTP {Status}")]
    private static partial void LogUploaded(ILogger logger, string host, int bytes, int status);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "File upload to {Host} failed: {Status} {Kind} code={Code}")]
    private static partial void LogFailed(ILogger logger, string host, int status, ConnectorErrorKind kind, string? code);

    [LoggerMessage(EventId = 2014, Level = LogLevel.Warning, Message = "File upload to {Host} got no answer ({Failure}: {Reason})")]
    private static partial void LogUnavailable(ILogger logger, string host, string failure, string reason);
}
