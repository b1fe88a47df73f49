using System.Collections.Concurrent;
using System.Security.Claims;
using PlanBot.Connector.Hosting;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Tests.Support;

/// <summary>Collects the activities the endpoint reported for conversation references.</summary>
public sealed class RecordingSink : IConversationReferenceSink
{
    private readonly ConcurrentQueue<Activity> recorded = new();

    public IReadOnlyList<Activity> Recorded => [.. recorded];

    public Task RecordAsync(Activity activity, ClaimsIdentity identity, CancellationToken cancellationToken)
    {
        recorded.Enqueue(activity);
        return Task.CompletedTask;
    }
}
