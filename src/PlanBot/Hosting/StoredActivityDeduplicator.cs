using Microsoft.Extensions.Options;
using PlanBot.Connector;
using PlanBot.Connector.Hosting;
using PlanBot.Domain.Conversations;

namespace PlanBot.Hosting;

/// <summary>
/// Deduplication that holds across instances: an activity Teams delivers twice may reach two instances behind the
/// load balancer, so the keys live in the shared store (<see cref="IInboundActivityLog"/>) for the configured window.
/// Expired keys are purged now and then by whichever instance passes by.
/// </summary>
internal sealed class StoredActivityDeduplicator(IInboundActivityLog log, IOptions<BotConnectorOptions> options, TimeProvider clock) : IActivityDeduplicator
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromMinutes(5);
    private long _nextPurgeTicks;

    public async ValueTask<bool> TryBeginAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var next = Interlocked.Read(ref _nextPurgeTicks);
        if (now.UtcTicks >= next && Interlocked.CompareExchange(ref _nextPurgeTicks, (now + PurgeEvery).UtcTicks, next) == next)
        {
            await log.PurgeExpiredAsync(now, cancellationToken).ConfigureAwait(false);
        }

        return await log.TryRecordAsync(key, now, options.Value.Processing.DeduplicationWindow, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> IsKnownAsync(string key, CancellationToken cancellationToken) =>
        await log.IsRecordedAsync(key, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);

    public async ValueTask ForgetAsync(string key, CancellationToken cancellationToken) =>
        await log.ForgetAsync(key, cancellationToken).ConfigureAwait(false);
}
