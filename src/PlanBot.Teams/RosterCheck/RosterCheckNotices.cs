using Microsoft.Extensions.Logging;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.RosterCheck;

/// <summary>
/// At the reminder's follow-up stage, tells each roster admin what the roster check finds (through the outbox, one
/// message per quarter and admin), but only when it finds something to act on. Idempotent by key: a re-fired stage
/// enqueues nothing twice, and once every admin's notice is queued the check is not even run again.
/// </summary>
public sealed class RosterCheckNotices(IRosterStore roster, IOutbox outbox, RosterCheckService checks, ILogger<RosterCheckNotices> logger)
{
    /// <returns>The notices enqueued now, and how many were queued already.</returns>
    public async Task<(IReadOnlyList<EnqueuedMessage> Enqueued, int AlreadyQueued)> EnqueueAsync(FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        var admins = (await roster.LoadAsync(cancellationToken).ConfigureAwait(false)).People.Admins;
        if (admins.Count == 0)
        {
            RosterCheckLog.NoAdmins(logger, quarter.ToString());
            return ([], 0);
        }

        var payloads = admins.Select(a => (Admin: a, Payload: new RosterCheckPayload(quarter.ToString(), a.Email))).ToArray();
        var queued = 0;
        foreach (var (_, payload) in payloads)
        {
            if (await outbox.FindAsync(payload.IdempotencyKey, cancellationToken).ConfigureAwait(false) is not null)
            {
                queued++;
            }
        }

        if (queued == payloads.Length)
        {
            RosterCheckLog.NoticesEnqueued(logger, quarter.ToString(), 0, queued);
            return ([], queued);
        }

        var check = await checks.CheckAsync(quarter, cancellationToken).ConfigureAwait(false);
        if (!check.HasFindings)
        {
            RosterCheckLog.NothingToReport(logger, quarter.ToString());
            return ([], queued);
        }

        var enqueued = new List<EnqueuedMessage>();
        var already = 0;
        foreach (var (admin, payload) in payloads)
        {
            var entry = new OutboxEntry(OutboxKinds.RosterCheck, payload.IdempotencyKey, admin.Email, null, payload.ToJson());
            if (await outbox.EnqueueAsync(entry, cancellationToken).ConfigureAwait(false))
            {
                enqueued.Add(new EnqueuedMessage(payload.IdempotencyKey, admin, []));
            }
            else
            {
                already++;
            }
        }

        RosterCheckLog.NoticesEnqueued(logger, quarter.ToString(), enqueued.Count, already);
        return (enqueued, already);
    }
}
