namespace PlanBot.Connector.Hosting;

/// <summary>Which connector call delivers a <see cref="DeferredReply"/>.</summary>
public enum DeferredReplyKind
{
    /// <summary>POST into the conversation.</summary>
    Send,

    /// <summary>POST as a reply to <see cref="DeferredReply.ActivityId"/> (in a channel, into its thread).</summary>
    Reply,

    /// <summary>PUT over <see cref="DeferredReply.ActivityId"/> (a card updated in place).</summary>
    Update,
}
