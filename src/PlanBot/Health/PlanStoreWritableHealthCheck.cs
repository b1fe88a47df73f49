using Microsoft.Extensions.Diagnostics.HealthChecks;
using PlanBot.Data;

namespace PlanBot.Health;

/// <summary>
/// Ready only while the plan store can be written (a committed probe write): with a full volume PlanBot would take
/// answers it cannot keep. Part of readiness, not liveness: the process is fine, and restarting it frees no disk. Probes
/// are serialised (one instance, see <see cref="HealthEndpoints"/>): a burst of health requests makes one write at a time.
/// </summary>
internal sealed class PlanStoreWritableHealthCheck(PlanStoreProbe probe) : IHealthCheck, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await probe.FindWriteProblemAsync(cancellationToken).ConfigureAwait(false) is { } problem
                ? new HealthCheckResult(context.Registration.FailureStatus, problem)
                : HealthCheckResult.Healthy("the plan store can be written");
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
