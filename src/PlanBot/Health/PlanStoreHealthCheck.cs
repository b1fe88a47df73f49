using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PlanBot.Data;

namespace PlanBot.Health;

/// <summary>
/// Ready when the plan store answers a query and its schema is current: reading the migrations history is a real round
/// trip to the database (an SQLite file that cannot be opened, a PostgreSQL server that is down) and tells a store that
/// is still being migrated, or was replaced by an empty one, from one that can serve turns.
/// </summary>
internal sealed class PlanStoreHealthCheck(IDbContextFactory<PlanDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("The plan store answers and its schema is current.")
                : HealthCheckResult.Unhealthy($"The plan store has {pending} migrations not applied yet.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The type only: a provider's message can carry a connection string or a path.
            return HealthCheckResult.Unhealthy($"The plan store cannot be read ({exception.GetType().Name}).");
        }
    }
}
