using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// The application's logic for one activity. For an invoke, the returned response is the HTTP answer
/// (null means "not handled" and becomes 501); for other activities the result is ignored.
/// </summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken);
}
