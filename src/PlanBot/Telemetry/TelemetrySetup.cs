using System.Runtime.CompilerServices;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PlanBot.Teams.Diagnostics;

namespace PlanBot.Telemetry;

/// <summary>
/// OpenTelemetry traces, metrics and logs, off unless an exporter is configured: OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (or <c>Telemetry:OtlpEndpoint</c>) is set, Azure Monitor through its distro when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set, both when both are. Traces follow an activity from
/// <c>/api/messages</c> through its turn to the Bot Connector; PlanBot's meters are <c>PlanBot.*</c>.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "PlanBot";

    public const string SourcesAndMeters = "PlanBot.*";

    private const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string AzureMonitorVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Adds OpenTelemetry when configured; returns whether it did.</summary>
    public static bool AddPlanBotTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } planBotEndpoint && string.IsNullOrEmpty(configuration[OtlpEndpointVariable]))
        {
            // OpenTelemetry reads its OTEL_* settings from configuration: PlanBot's name is an alias for the standard one.
            configuration.AddInMemoryCollection(new Dictionary<string, string?> { [OtlpEndpointVariable] = planBotEndpoint });
        }

        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        var azureMonitor = !string.IsNullOrWhiteSpace(configuration[AzureMonitorVariable]);
        // Telemetry:Enabled=true without an exporter is for tests, which add their own (in-memory) exporter.
        if (!(configuration.GetValue<bool?>("Telemetry:Enabled") ?? (otlp || azureMonitor)))
        {
            return false;
        }

        AddOpenTelemetry(builder.Services, otlp, azureMonitor);
        builder.Services.AddHostedService<TeamsGaugeSampler>();
        return true;
    }

    // Apart, and never inlined, so that a process with telemetry off does not load the OpenTelemetry assemblies.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOpenTelemetry(IServiceCollection services, bool otlp, bool azureMonitor)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing =>
            {
                tracing.AddSource(SourcesAndMeters)
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal))
                    .AddHttpClientInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SourcesAndMeters)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            })
            .WithLogging(logging =>
            {
                if (otlp)
                {
                    logging.AddOtlpExporter();
                }
            });
        if (azureMonitor)
        {
            // The distro adds its exporter for all three signals beside OTLP's, and reads the connection string itself.
            telemetry.UseAzureMonitor();
        }
    }
}
