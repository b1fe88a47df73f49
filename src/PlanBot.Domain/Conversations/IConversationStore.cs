namespace PlanBot.Domain.Conversations;

/// <summary>The conversations PlanBot is installed in, kept current from inbound activities, for proactive sends.</summary>
public interface IConversationStore
{
    /// <summary>Records a conversation or refreshes it; fields the new address leaves null keep their stored value.</summary>
    Task UpsertAsync(ConversationAddress address, CancellationToken cancellationToken);

    Task SetStateAsync(string conversationId, ConversationState state, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Marks every conversation of a team (its channels) at once, e.g. when the app is removed from the team.</summary>
    Task SetTeamStateAsync(string teamId, ConversationState state, DateTimeOffset at, CancellationToken cancellationToken);

    Task<ConversationAddress?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The 1:1 chat with a user, by Entra object id.</summary>
    Task<ConversationAddress?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ConversationAddress>> ListAsync(ConversationKind? kind, CancellationToken cancellationToken);

    /// <summary>True when an authenticated activity once came from this service URL (so the bot's token may go there).</summary>
    Task<bool> IsKnownServiceUrlAsync(string serviceUrl, CancellationToken cancellationToken);
}
