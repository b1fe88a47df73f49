using System.Net;
using System.Text.Json;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Client;

/// <summary>Turns a connector error response into a <see cref="ConnectorError"/> by status and Teams error code.</summary>
internal static class ConnectorErrors
{
    private const int MaxBodyChars = 16 * 1024;
    private const string CorrelationHeader = "X-Correlating-OperationId";

    public static async Task<ConnectorError> FromResponseAsync(HttpResponseMessage response, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var (code, message) = ParseBody(body.Length > MaxBodyChars ? body[..MaxBodyChars] : body);
        var status = response.StatusCode;
        return new ConnectorError(
            Classify(status, code),
            status,
            code,
            message,
            RetryAfter.Of(response, timeProvider),
            response.Headers.TryGetValues(CorrelationHeader, out var ids) ? ids.FirstOrDefault() : null);
    }

    public static ConnectorErrorKind Classify(HttpStatusCode status, string? code) => ((int)status, code) switch
    {
        (403, "ConversationBlockedByUser" or "MessageWritesBlocked") => ConnectorErrorKind.ConversationBlockedByUser,
        (403, "BotNotInConversationRoster") => ConnectorErrorKind.BotNotInConversationRoster,
        (403, "BotDisabledByAdmin") => ConnectorErrorKind.BotDisabledByAdmin,
        (403, _) => ConnectorErrorKind.Forbidden,
        (404, "ConversationNotFound") => ConnectorErrorKind.ConversationNotFound,
        (404, _) => ConnectorErrorKind.NotFound,
        (400, _) => ConnectorErrorKind.BadRequest,
        (401, _) => ConnectorErrorKind.Unauthorized,
        (413, _) => ConnectorErrorKind.MessageTooLarge,
        (429, _) => ConnectorErrorKind.Throttled,
        (412 or 502 or 503 or 504, _) => ConnectorErrorKind.Transient,
        _ => ConnectorErrorKind.ServiceError,
    };

    private static (string? Code, string? Message) ParseBody(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        ErrorResponse? error;
        try
        {
            error = JsonSerializer.Deserialize(body, ConnectorJsonContext.Default.ErrorResponse);
        }
        catch (JsonException)
        {
            return (null, Shorten(body));
        }

        var message = error?.Error?.Message ?? error?.Message;
        var code = error?.Error?.Code;
        // The blocked-chat answer hides its meaning in a JSON string: {"errorCode":209,"message":"{ \"subCode\": \"MessageWritesBlocked\" …"}.
        if (code is null && message?.Contains("MessageWritesBlocked", StringComparison.Ordinal) == true)
        {
            code = "MessageWritesBlocked";
        }

        code ??= error?.ErrorCode?.ToString();
        return (code, Shorten(message));
    }

    private static string? Shorten(string? text) =>
        text is null ? null : new string([.. text.Take(300).Select(c => char.IsControl(c) ? ' ' : c)]);
}
