using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// Which accepted non-invoke activities are carried out before <c>/api/messages</c> answers: those whose loss would
/// lose what a user asked for (a command that changes state). The rest are acknowledged at once and run from the
/// in-memory queue, where a crash can drop them; for a question that only costs asking again.
/// </summary>
public interface IAcknowledgementPolicy
{
    /// <summary>True to run the turn first and answer 200 only once it is done (500 when it failed, so the channel retries).</summary>
    bool RunsBeforeAcknowledging(Activity activity);
}
