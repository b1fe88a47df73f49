namespace PlanBot.Domain.Conversations;

/// <summary>
/// The ids of inbound activities already accepted, kept for a while in the shared store, so an activity the channel
/// delivers twice is processed once even when the two deliveries reach different instances. Generic on purpose: a
/// key and an expiry, usable by anything that must do a thing once per inbound activity.
/// </summary>
public interface IInboundActivityLog
{
    /// <summary>
    /// Records <paramref name="key"/> until <paramref name="now"/> + <paramref name="window"/>. True when it was not
    /// recorded (or its record had expired): the caller goes ahead. False for a live duplicate.
    /// </summary>
    Task<bool> TryRecordAsync(string key, DateTimeOffset now, TimeSpan window, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="key"/> is recorded and not expired at <paramref name="now"/>; records nothing.</summary>
    Task<bool> IsRecordedAsync(string key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Forgets a key whose activity was not accepted after all, so the channel's retry is processed.</summary>
    Task ForgetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes the records expired at <paramref name="now"/>; returns how many.</summary>
    Task<int> PurgeExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
