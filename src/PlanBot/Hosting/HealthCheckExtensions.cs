namespace PlanBot.Hosting;

public static class HealthCheckExtensions
{
    /// <summary>The plan store's writability as a health check tagged "ready" (see <see cref="PlanStoreHealthCheck"/>).</summary>
    public static IServiceCollection AddPlanStoreHealthCheck(this IServiceCollection services)
    {
        services.AddSingleton<PlanStoreHealthCheck>();
        services.AddHealthChecks().AddCheck<PlanStoreHealthCheck>(PlanStoreHealthCheck.Name, tags: PlanStoreHealthCheck.Tags);
        return services;
    }
}
