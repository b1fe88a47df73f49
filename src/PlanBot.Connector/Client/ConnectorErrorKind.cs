namespace PlanBot.Connector.Client;

/// <summary>What a failed connector call means for the caller (Teams' "status code responses").</summary>
public enum ConnectorErrorKind
{
    /// <summary>400 BadArgument/BadSyntax: the payload is wrong; do not retry.</summary>
    BadRequest,

    /// <summary>401 BotNotRegistered or a rejected token.</summary>
    Unauthorized,

    /// <summary>403 ConversationBlockedByUser (or MessageWritesBlocked): the user blocked or uninstalled the bot.</summary>
    ConversationBlockedByUser,

    /// <summary>403 BotNotInConversationRoster: the app is not installed there.</summary>
    BotNotInConversationRoster,

    /// <summary>403 BotDisabledByAdmin: the tenant admin blocked the app.</summary>
    BotDisabledByAdmin,

    /// <summary>Any other 403 (ForbiddenOperationException, NotEnoughPermissions, InvalidBotApiHost…).</summary>
    Forbidden,

    /// <summary>404 ConversationNotFound: the conversation is gone.</summary>
    ConversationNotFound,

    /// <summary>404 ActivityNotFoundInConversation or another 404.</summary>
    NotFound,

    /// <summary>413 MessageSizeTooBig: shrink the message.</summary>
    MessageTooLarge,

    /// <summary>429 still after retries, or asked to wait longer than the client waits; see RetryAfter.</summary>
    Throttled,

    /// <summary>412/502/503/504 still after retries: try again later.</summary>
    Transient,

    /// <summary>500 or another unexpected status.</summary>
    ServiceError,

    /// <summary>No answer: network failure, timeout, or the host's circuit is open.</summary>
    Unavailable,

    /// <summary>Refused before sending: the serviceUrl is not trusted or not on the allow-list.</summary>
    UntrustedServiceUrl,
}
