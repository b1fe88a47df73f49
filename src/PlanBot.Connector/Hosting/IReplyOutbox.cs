namespace PlanBot.Connector.Hosting;

/// <summary>
/// Keeps the replies a turn could not deliver in time (the conversation's host is down, slow or throttling), so they
/// are delivered later and the activity worker is free for other users at once.
/// </summary>
public interface IReplyOutbox
{
    /// <summary>True when the reply is kept (now or already) for later delivery; false when nothing keeps it.</summary>
    Task<bool> DeferAsync(DeferredReply reply, CancellationToken cancellationToken);
}
