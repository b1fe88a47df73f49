using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PlanBot.Health;

/// <summary>
/// Health endpoints for load balancers, container platforms and systemd: <c>/healthz/live</c> answers 200 while the
/// process serves HTTP (restart it when not); <c>/healthz/ready</c> answers 200 only when the plan store can be read and
/// written and the scheduler works (send it no traffic when not, 503). <c>/healthz</c> stays what it always was, the
/// liveness answer.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/healthz/live";

    public const string ReadyPath = "/healthz/ready";

    private const string ReadyTag = "ready";

    public static IServiceCollection AddPlanBotHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<PlanStoreWritableHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<PlanStoreHealthCheck>("plan-store", tags: [ReadyTag])
            .AddCheck<PlanStoreWritableHealthCheck>("plan-store-writable", tags: [ReadyTag])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapPlanBotHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        var live = new HealthCheckOptions { Predicate = _ => false };
        endpoints.MapHealthChecks("/healthz", live);
        endpoints.MapHealthChecks(LivePath, live);
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReportAsync,
        });
        return endpoints;
    }

    /// <summary>The overall status and each check's, so an operator sees which part is not ready.</summary>
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new Dictionary<string, string?> { ["status"] = entry.Value.Status.ToString(), ["description"] = entry.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
