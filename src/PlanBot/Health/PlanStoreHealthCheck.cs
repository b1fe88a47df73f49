using Microsoft.Extensions.Diagnostics.HealthChecks;
using PlanBot.Data;

namespace PlanBot.Health;

/// <summary>
/// Ready when the plan store answers a query and its schema is current: reading the migrations history is a real round
/// trip to the database (an SQLite file that cannot be opened, a PostgreSQL server that is down) and tells a store that
/// is still being migrated, or was replaced by an empty one, from one that can serve turns. It is read as the start's
/// migration check reads it: EF's own reading builds a model of the history table, which made the first probe after a
/// start cost more CPU than the check at start.
/// </summary>
internal sealed class PlanStoreHealthCheck(PlanStoreMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await migrator.CountPendingAsync(cancellationToken).ConfigureAwait(false);
            return pending == 0
                ? HealthCheckResult.Healthy("The plan store answers and its schema is current.")
                : HealthCheckResult.Unhealthy($"The plan store has {pending} {(pending == 1 ? "migration" : "migrations")} not applied yet.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The type only: a provider's message can carry a connection string or a path.
            return HealthCheckResult.Unhealthy($"The plan store cannot be read ({exception.GetType().Name}).");
        }
    }
}
