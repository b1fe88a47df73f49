using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Rows;
using PlanBot.Data.Stores;

namespace PlanBot.Data;

/// <summary>
/// Says whether the plan store can be written now, by writing: one committed update of the probe's row. A full volume,
/// a read-only file or a lost database refuses it, and the next probe after the cause is gone passes again, so a
/// readiness check built on it recovers without a restart.
/// </summary>
public sealed class PlanStoreProbe(IDbContextFactory<PlanDbContext> contexts, TimeProvider clock)
{
    private const int ProbeRowId = 1;

    /// <summary>Null when the write went through; otherwise why it did not (English, for the health report and logs).</summary>
    public async Task<string?> FindWriteProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow().UtcDateTime;
            var updated = await db.StoreProbe.Where(p => p.Id == ProbeRowId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.CheckedAtUtc, now), cancellationToken).ConfigureAwait(false);
            if (updated == 0)
            {
                db.StoreProbe.Add(new StoreProbeRow { Id = ProbeRowId, CheckedAtUtc = now });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            return null;
        }
        catch (DbUpdateException e) when (StoreErrors.IsUniqueViolation(e))
        {
            // Another probe wrote the first row meanwhile: that was a write too.
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"the plan store cannot be written: {e.GetBaseException().Message}";
        }
    }
}
