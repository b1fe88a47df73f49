using System.Security.Claims;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// Told about every accepted inbound activity before the handler runs, so the app can record or refresh the
/// conversation reference (and installs/uninstalls) for proactive sends. A failure here is logged; the handler still runs.
/// </summary>
public interface IConversationReferenceSink
{
    Task RecordAsync(Activity activity, ClaimsIdentity identity, CancellationToken cancellationToken);
}
