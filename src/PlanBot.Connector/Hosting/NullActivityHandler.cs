using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>Handles nothing: activities are acknowledged and invokes answered 501, until the app registers its own handler.</summary>
public sealed class NullActivityHandler : IActivityHandler
{
    public Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);
}
