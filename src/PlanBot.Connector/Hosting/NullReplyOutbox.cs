namespace PlanBot.Connector.Hosting;

/// <summary>Keeps nothing: a reply that failed stays failed. The app's outbox replaces it.</summary>
public sealed class NullReplyOutbox : IReplyOutbox
{
    public Task<bool> DeferAsync(DeferredReply reply, CancellationToken cancellationToken) => Task.FromResult(false);
}
