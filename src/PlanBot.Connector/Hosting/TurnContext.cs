using System.Security.Claims;
using PlanBot.Connector.Client;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>One inbound activity being handled: what arrived, who vouched for it, and how to answer.</summary>
public sealed class TurnContext(Activity activity, ClaimsIdentity identity, IConnectorClient connector)
{
    public Activity Activity { get; } = activity;

    /// <summary>The validated token's claims; unauthenticated (empty) in local mode.</summary>
    public ClaimsIdentity Identity { get; } = identity;

    public IConnectorClient Connector { get; } = connector;

    public Uri ServiceUrl => new(Activity.ServiceUrl!);

    public string ConversationId => Activity.Conversation!.Id!;

    /// <summary>What the turn did, in a few words of English, for the one line the turn is logged with ("question: …").</summary>
    public string? Outcome { get; set; }

    /// <summary>Messages sent or replied into the conversation by this turn.</summary>
    public int MessagesSent => _messagesSent;

    private int _messagesSent;

    /// <summary>Sends a message into this activity's conversation (not threaded as a reply).</summary>
    public Task<ConnectorResult<ResourceResponse>> SendAsync(Activity message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _messagesSent);
        return Connector.SendToConversationAsync(ServiceUrl, ConversationId, Address(message), cancellationToken);
    }

    /// <summary>Replies to this activity (in a channel, into its thread).</summary>
    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(Activity message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(Activity.Id))
        {
            return SendAsync(message, cancellationToken);
        }

        Interlocked.Increment(ref _messagesSent);
        return Connector.ReplyToActivityAsync(ServiceUrl, ConversationId, Activity.Id, Address(message) with { ReplyToId = Activity.Id }, cancellationToken);
    }

    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(string text, CancellationToken cancellationToken) =>
        ReplyAsync(Activity.CreateReply(text), cancellationToken);

    /// <summary>Fills what the connector needs and the caller left out from the inbound activity.</summary>
    private Activity Address(Activity message) => message with
    {
        Type = message.Type ?? ActivityTypes.Message,
        ChannelId = message.ChannelId ?? Activity.ChannelId,
        ServiceUrl = message.ServiceUrl ?? Activity.ServiceUrl,
        Conversation = message.Conversation ?? Activity.Conversation,
        From = message.From ?? Activity.Recipient,
        Recipient = message.Recipient ?? Activity.From,
    };
}
