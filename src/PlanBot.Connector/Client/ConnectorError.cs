using System.Net;

namespace PlanBot.Connector.Client;

/// <summary>Why a connector call failed: the kind to act on, and what the service said (for the log).</summary>
public sealed record ConnectorError(
    ConnectorErrorKind Kind,
    HttpStatusCode? Status = null,
    string? Code = null,
    string? Message = null,
    TimeSpan? RetryAfter = null,
    string? CorrelationId = null)
{
    /// <summary>The conversation can no longer be written to until the user or admin acts; mark it, stop sending.</summary>
    public bool ConversationUnreachable => Kind is ConnectorErrorKind.ConversationBlockedByUser
        or ConnectorErrorKind.BotNotInConversationRoster
        or ConnectorErrorKind.BotDisabledByAdmin
        or ConnectorErrorKind.ConversationNotFound;

    /// <summary>Worth trying again later (an outbox should keep the message).</summary>
    public bool IsTransient => Kind is ConnectorErrorKind.Throttled or ConnectorErrorKind.Transient or ConnectorErrorKind.Unavailable;
}
