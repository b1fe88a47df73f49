using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Client;

/// <summary>The Bot Connector REST routes PlanBot uses. Failures come back as typed results, not exceptions.</summary>
public interface IConnectorClient
{
    Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ConnectorResult> DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>Creates (or finds) a conversation; for a Teams 1:1 pass the bot, one member and the tenant.</summary>
    Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>One page of a team's or conversation's members; pass the previous page's continuation token for the next.</summary>
    Task<ConnectorResult<PagedMembersResult>> GetPagedMembersAsync(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken);
}
