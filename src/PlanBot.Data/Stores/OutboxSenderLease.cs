using Microsoft.Extensions.Options;
using PlanBot.Domain.Outbox;

namespace PlanBot.Data.Stores;

/// <summary>
/// <see cref="IOutboxSenderLease"/> as the row "outbox-sender" in <see cref="LeaseStore"/>, held for
/// <see cref="OutboxOptions.SenderLease"/> and renewed by the holder's every pass. The holder is this process
/// (<see cref="Holder"/>: machine, process id and a per-start suffix, so a restarted process is a new holder).
/// </summary>
public sealed class OutboxSenderLease(LeaseStore leases, TimeProvider clock, IOptions<OutboxOptions> options) : IOutboxSenderLease
{
    public const string Name = "outbox-sender";

    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public Task<bool> HoldAsync(CancellationToken cancellationToken) =>
        leases.TryAcquireAsync(Name, Holder, clock.GetUtcNow(), options.Value.SenderLease, cancellationToken);

    public Task ReleaseAsync(CancellationToken cancellationToken) => leases.ReleaseAsync(Name, Holder, cancellationToken);
}
