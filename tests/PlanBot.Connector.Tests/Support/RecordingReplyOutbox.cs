using System.Collections.Concurrent;
using PlanBot.Connector.Hosting;

namespace PlanBot.Connector.Tests.Support;

/// <summary>Keeps the replies handed to it, as the app's outbox would.</summary>
public sealed class RecordingReplyOutbox : IReplyOutbox
{
    private readonly ConcurrentQueue<DeferredReply> deferred = new();

    public IReadOnlyList<DeferredReply> Deferred => [.. deferred];

    public Task<bool> DeferAsync(DeferredReply reply, CancellationToken cancellationToken)
    {
        deferred.Enqueue(reply);
        return Task.FromResult(true);
    }
}
