using System.Security.Claims;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>Records nothing; the app's storage replaces it.</summary>
public sealed class NullConversationReferenceSink : IConversationReferenceSink
{
    public Task RecordAsync(Activity activity, ClaimsIdentity identity, CancellationToken cancellationToken) => Task.CompletedTask;
}
