namespace PlanBot.Domain.Outbox;

/// <summary>
/// Who delivers the outbox. Teams' limits are per app, not per instance, so of several instances sharing a store only
/// the one holding this lease sends; the others stand by and take over when it lapses (its holder stopped renewing:
/// stopped, crashed or cut off from the database). One sender keeps every proactive send under one pacer.
/// </summary>
public interface IOutboxSenderLease
{
    /// <summary>
    /// Takes the lease, or renews it when this instance holds it. False while another live instance holds it.
    /// </summary>
    Task<bool> HoldAsync(CancellationToken cancellationToken);

    /// <summary>Lets the lease go at once (a clean stop), so a standby instance need not wait for it to lapse.</summary>
    Task ReleaseAsync(CancellationToken cancellationToken);
}
