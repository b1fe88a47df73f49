namespace PlanBot.Connector.Hosting;

/// <summary>
/// Decides whether an inbound activity is new, by its key (<see cref="ActivityDeduplicator.KeyOf"/>), so one the channel
/// delivers twice is processed once. The default remembers in memory, which is enough for a single instance; several
/// instances behind one endpoint register one that remembers in their shared store.
/// </summary>
public interface IActivityDeduplicator
{
    /// <summary>True the first time a key is seen within the window; false for a repeat.</summary>
    ValueTask<bool> TryBeginAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Whether a key is recorded and live, without recording it: for a turn carried out before its acknowledgement,
    /// whose key is recorded only once it is done, so that a crash mid-turn leaves the channel's redelivery free to run.
    /// </summary>
    ValueTask<bool> IsKnownAsync(string key, CancellationToken cancellationToken);

    /// <summary>Forgets a key whose activity was not accepted after all, so the channel's retry is processed.</summary>
    ValueTask ForgetAsync(string key, CancellationToken cancellationToken);
}
