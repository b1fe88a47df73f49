using Microsoft.EntityFrameworkCore;

namespace PlanBot.Data;

/// <summary>
/// Says whether the plan store can be written now, by writing: one committed upsert of the probe's row. A full volume,
/// a read-only file or a lost database refuses it, and the next probe after the cause is gone passes again, so a
/// readiness check built on it recovers without a restart.
/// </summary>
public sealed class PlanStoreProbe(IDbContextFactory<PlanDbContext> contexts, TimeProvider clock)
{
    // Plain SQL (PlainSql), one statement both engines know: a start's first probe is on the way to ready, and
    // building EF's query pipeline for an ExecuteUpdate was most of that probe's cost. No race either: two probes at
    // once both upsert.
    private const string Upsert = """
        INSERT INTO store_probe ("Id", "CheckedAtUtc") VALUES (1, @now)
        ON CONFLICT ("Id") DO UPDATE SET "CheckedAtUtc" = excluded."CheckedAtUtc"
        """;

    /// <summary>Null when the write went through; otherwise why it did not (English, for the health report and logs).</summary>
    public async Task<string?> FindWriteProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var now = clock.GetUtcNow().UtcDateTime;
            await PlainSql.ExecuteAsync(db, Upsert, [("@now", now)], cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"the plan store cannot be written: {e.GetBaseException().Message}";
        }
    }
}
