using Microsoft.Extensions.Diagnostics.HealthChecks;
using PlanBot.Data;

namespace PlanBot.Hosting;

/// <summary>
/// Ready only while the plan store can be written (a committed probe write): with a full volume PlanBot would take
/// answers it cannot keep. Tagged "ready", so a readiness endpoint that filters by tag includes it and a liveness one
/// does not (the process is fine; restarting it frees no disk). Probes are serialised: a burst of health requests
/// makes one write at a time.
/// </summary>
internal sealed class PlanStoreHealthCheck(PlanStoreProbe probe) : IHealthCheck, IDisposable
{
    public const string Name = "plan-store-writable";

    public static readonly string[] Tags = ["ready"];

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
