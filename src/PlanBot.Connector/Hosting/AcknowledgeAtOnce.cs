using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>The default <see cref="IAcknowledgementPolicy"/>: every non-invoke activity is queued and acknowledged at once.</summary>
internal sealed class AcknowledgeAtOnce : IAcknowledgementPolicy
{
    public bool RunsBeforeAcknowledging(Activity activity) => false;
}
