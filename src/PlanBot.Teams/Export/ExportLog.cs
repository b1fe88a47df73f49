using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Domain.Export;

namespace PlanBot.Teams.Export;

internal static partial class ExportLog
{
    [LoggerMessage(EventId = 3600, Level = LogLevel.Information, Message = "Board paper {Quarter} offered ({Bytes} bytes)")]
    public static partial void Offered(ILogger logger, string quarter, long bytes);

    [LoggerMessage(EventId = 3601, Level = LogLevel.Information, Message = "Board paper {Quarter} uploaded and shown ({Bytes} bytes)")]
    public static partial void Sent(ILogger logger, string quarter, int bytes);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Information, Message = "Board paper declined; nothing uploaded")]
    public static partial void Declined(ILogger logger);

    [LoggerMessage(EventId = 3603, Level = LogLevel.Information, Message = "Board paper refused: {Refusal} {Quarter}")]
    public static partial void Refused(ILogger logger, BoardPaperRefusal? refusal, string? quarter);

    [LoggerMessage(EventId = 3604, Level = LogLevel.Warning, Message = "Board paper upload failed: {Kind} {Reason}")]
    public static partial void UploadFailed(ILogger logger, ConnectorErrorKind? kind, string? reason);

    [LoggerMessage(EventId = 3605, Level = LogLevel.Warning, Message = "File consent answer not readable (action {Action})")]
    public static partial void ConsentUnreadable(ILogger logger, string? action);
}
