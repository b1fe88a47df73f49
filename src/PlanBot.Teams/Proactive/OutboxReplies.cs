using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PlanBot.Domain.Outbox;
using PlanBot.Connector.Hosting;

namespace PlanBot.Teams.Proactive;

/// <summary>
/// Keeps the replies turns could not deliver in time as outbox messages, and wakes the outbox sender to try them.
/// A turn only hands its reply over; a background writer stores what was handed over in one transaction per batch, so
/// twenty dead conversations cost one short write instead of twenty contended ones on the activity workers. Each key
/// names the inbound activity and the reply's place in the turn, so a turn handled twice queues its reply once.
/// </summary>
/// <remarks>
/// A reply waits in memory for milliseconds before it is stored, like the acknowledged activity it answers waited in
/// the activity queue: a crash in that moment loses it with its turn. Replies still waiting at shutdown are stored
/// before the host stops. When the hand-over is full the turn stores its reply itself.
/// </remarks>
internal sealed partial class OutboxReplies(IOutbox outbox, OutboxSender sender, TimeProvider clock, ILogger<OutboxReplies> logger) : BackgroundService, IReplyOutbox
{
    private const int Capacity = 1000;
    private const int BatchSize = 200;
    private static readonly TimeSpan StoreRetryDelay = TimeSpan.FromSeconds(1);

    private readonly Channel<OutboxEntry> handedOver = Channel.CreateBounded<OutboxEntry>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });

    public async Task<bool> DeferAsync(DeferredReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var entry = new OutboxEntry(OutboxKinds.Reply, reply.Key, null, reply.ConversationId, ReplyPayload.Of(reply).ToJson(), clock.GetUtcNow() + reply.RetryAfter);
        if (!handedOver.Writer.TryWrite(entry))
        {
            await outbox.EnqueueAsync(entry, cancellationToken).ConfigureAwait(false);
            sender.Wake();
        }

        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await handedOver.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                await StoreBatchAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is left is stored below.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (handedOver.Reader.Count > 0)
            {
                await StoreBatchAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            LogLostAtShutdown(logger, handedOver.Reader.Count);
        }
    }

    /// <summary>Stores up to a batch of handed-over replies; a failing store is tried again until it takes them.</summary>
    private async Task StoreBatchAsync(CancellationToken cancellationToken)
    {
        var batch = new List<OutboxEntry>(BatchSize);
        while (batch.Count < BatchSize && handedOver.Reader.TryRead(out var entry))
        {
            batch.Add(entry);
        }

        while (batch.Count > 0)
        {
            try
            {
                await outbox.EnqueueManyAsync(batch, cancellationToken).ConfigureAwait(false);
                sender.Wake();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogStoreFailed(logger, e, batch.Count);
                // A pause for the store to recover, not time the product reasons about: on the real clock, so a clock
                // held still (as tests hold it) cannot stop the replies from ever being stored.
                await Task.Delay(StoreRetryDelay, TimeProvider.System, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(EventId = 4130, Level = LogLevel.Error, Message = "Storing {Count} replies for later delivery failed; trying again")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(EventId = 4131, Level = LogLevel.Error, Message = "{Count} replies handed over for later delivery were not stored before shutdown")]
    private static partial void LogLostAtShutdown(ILogger logger, int count);
}
