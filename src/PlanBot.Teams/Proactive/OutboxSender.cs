using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PlanBot.Domain.Outbox;
using PlanBot.Teams.Diagnostics;

namespace PlanBot.Teams.Proactive;

/// <summary>
/// Delivers the outbox: each pass claims the due messages, hands each to the <see cref="IOutboxMessageSender"/> of its
/// kind, and marks it sent, failed (retried after backoff or the service's Retry-After) or failed permanently.
/// </summary>
/// <remarks>
/// Never twice: a message is enqueued once under its idempotency key and claimed by one pass at a time. The one gap is
/// a send Teams accepted but PlanBot did not hear back about: a crash before the message was marked sent (its claim
/// lapses), or a timeout after Teams took it (marked failed and retried). That one message is sent again; at most one
/// per crash, since messages are sent one after the other, and never one already marked sent.
/// Messages claimed by a pass that crashed before sending them come due again after the outbox's claim timeout.
/// Of several instances sharing the store, only the one holding the <see cref="IOutboxSenderLease"/> runs the loop, so
/// one pacer keeps all proactive sends under Teams' per-app limits; the others stand by to take over.
/// </remarks>
public sealed class OutboxSender(
    IOutbox outbox,
    IOutboxSenderLease lease,
    IServiceScopeFactory scopes,
    IOptions<OutboxSenderOptions> options,
    TimeProvider clock,
    TeamsMetrics metrics,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private TaskCompletionSource wakeUp = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Ends the wait between passes now: something was queued that should not wait for the next poll (a reply).</summary>
    public void Wake() => Volatile.Read(ref wakeUp).TrySetResult();

    /// <summary>
    /// One pass: claims up to a batch of due messages and sends them one by one. Returns how many were claimed, so a
    /// caller can tell a full batch (more may be due) from the end of the queue. The background loop calls this; tests
    /// call it directly.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await outbox.ClaimDueAsync(options.Value.BatchSize, cancellationToken).ConfigureAwait(false);
        if (claimed.Count == 0)
        {
            return 0;
        }

        // One scope per pass: the per-pass member lists of PersonalConversations, and fresh typed HTTP clients.
        using var scope = scopes.CreateScope();
        var senders = scope.ServiceProvider.GetServices<IOutboxMessageSender>().ToArray();
        foreach (var message in claimed)
        {
            var sender = senders.FirstOrDefault(s => s.Kinds.Contains(message.Kind, StringComparer.Ordinal));
            OutboxSendResult result;
            try
            {
                result = sender is null
                    ? OutboxSendResult.GiveUp($"No sender handles outbox messages of kind '{message.Kind}'.")
                    : await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One message's fault (a store error, a bug) must not hold the rest of the batch: it is retried with backoff.
                ProactiveLog.MessageFailed(logger, e, message.IdempotencyKey);
                result = OutboxSendResult.Retry($"{e.GetType().Name}: {e.Message}");
            }

            await MarkAsync(message, result, cancellationToken).ConfigureAwait(false);
        }

        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            ProactiveLog.SenderDisabled(logger);
            return;
        }

        bool? holding = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Read before the pass: a wake-up during the pass ends the wait after it.
            var woken = Volatile.Read(ref wakeUp);
            int claimed;
            try
            {
                var held = await lease.HoldAsync(stoppingToken).ConfigureAwait(false);
                if (held != holding)
                {
                    LogLease(held);
                    holding = held;
                }

                claimed = held ? await SendDueAsync(stoppingToken).ConfigureAwait(false) : 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store or a sender failed unexpectedly: claimed messages come due again after the claim timeout.
                ProactiveLog.PassFailed(logger, e);
                claimed = 0;
            }

            // A full batch means more may be due now; otherwise wait for the next poll.
            if (claimed < options.Value.BatchSize)
            {
                using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(Task.Delay(options.Value.PollInterval, clock, poll.Token), woken.Task).ConfigureAwait(false);
                await poll.CancelAsync().ConfigureAwait(false);
                if (woken.Task.IsCompleted)
                {
                    Interlocked.CompareExchange(ref wakeUp, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), woken);
                }
            }
        }

        if (holding == true)
        {
            // A clean stop hands over at once instead of after the lease lapses (which it does anyway if this fails).
            try
            {
                await lease.ReleaseAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                ProactiveLog.PassFailed(logger, e);
            }
        }
    }

    private void LogLease(bool held)
    {
        if (held)
        {
            ProactiveLog.LeaseTaken(logger);
        }
        else
        {
            ProactiveLog.StandingBy(logger);
        }
    }

    private async Task MarkAsync(OutboxMessage message, OutboxSendResult result, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case OutboxSendOutcome.Sent:
                await outbox.MarkSentAsync(message.Id, result.ActivityId, cancellationToken).ConfigureAwait(false);
                ProactiveLog.Sent(logger, message.IdempotencyKey, result.ActivityId);
                metrics.Delivery(message.Kind, TeamsMetrics.DeliveryOutcomes.Sent);
                break;
            case OutboxSendOutcome.Retry:
                await outbox.MarkFailedAsync(message.Id, result.Error ?? "failed", result.RetryAfter, cancellationToken).ConfigureAwait(false);
                ProactiveLog.WillRetry(logger, message.IdempotencyKey, message.Attempts, result.Error);
                metrics.Delivery(message.Kind, TeamsMetrics.DeliveryOutcomes.Retry);
                break;
            default:
                await outbox.MarkFailedPermanentlyAsync(message.Id, result.Error ?? "failed", cancellationToken).ConfigureAwait(false);
                ProactiveLog.GaveUp(logger, message.IdempotencyKey, result.Error);
                metrics.Delivery(message.Kind, TeamsMetrics.DeliveryOutcomes.Failed);
                break;
        }
    }
}
