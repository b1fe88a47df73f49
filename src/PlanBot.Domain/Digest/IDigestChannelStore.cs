namespace PlanBot.Domain.Digest;

/// <summary>
/// Which channels get the weekly digest: at most one active channel per team (several teams may each have one), and when
/// each last had a digest.
/// </summary>
public interface IDigestChannelStore
{
    /// <summary>
    /// Makes a channel its team's digest channel (again, if it was stopped): another active channel of the same team
    /// stops, so a team never gets the digest twice. The last-posted time of a channel chosen again is kept.
    /// </summary>
    /// <returns>The team's channel that stopped getting the digest because of this choice, or null.</returns>
    Task<string?> ChooseAsync(string channelId, string? teamId, string chosenByEmail, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Stops the digest for a channel.</summary>
    /// <returns>False when the channel was not getting the digest (nothing changes).</returns>
    Task<bool> StopAsync(string channelId, string stoppedByEmail, DateTimeOffset at, CancellationToken cancellationToken);

    Task<DigestChannel?> FindAsync(string channelId, CancellationToken cancellationToken);

    /// <summary>The channels getting the digest, in the order they were chosen.</summary>
    Task<IReadOnlyList<DigestChannel>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Records that a channel had its digest at <paramref name="at"/>; an earlier instant than the stored one is ignored.</summary>
    Task RecordPostedAsync(string channelId, DateTimeOffset at, CancellationToken cancellationToken);
}
