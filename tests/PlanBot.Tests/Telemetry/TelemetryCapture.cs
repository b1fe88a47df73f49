using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace PlanBot.Tests.Telemetry;

/// <summary>
/// The host's OpenTelemetry pipeline with in-memory exporters: what it would send over OTLP, kept in lists. Start the
/// host with <see cref="Settings"/> and <see cref="Configure"/>; call <see cref="Flush"/> before reading.
/// </summary>
internal sealed class TelemetryCapture
{
    private readonly List<Activity> spans = [];
    private readonly List<Metric> metrics = [];
    private IServiceProvider? services;

    /// <summary>Telemetry on without an OTLP or Azure Monitor endpoint: only the in-memory exporters receive it.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Telemetry:Enabled"] = "true" };

    public void Configure(IServiceCollection serviceCollection)
    {
        serviceCollection.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
        serviceCollection.ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics));
    }

    public void Attach(IServiceProvider host) => services = host;

    /// <summary>Exports what was recorded so far: the spans ended, and a fresh reading of every instrument (gauges included).</summary>
    public void Flush()
    {
        var host = services ?? throw new InvalidOperationException("Attach the host first.");
        Assert.True(host.GetRequiredService<TracerProvider>().ForceFlush(5000));
        lock (metrics)
        {
            metrics.Clear();
        }

        Assert.True(host.GetRequiredService<MeterProvider>().ForceFlush(5000));
    }

    public IReadOnlyList<Activity> SpansOf(ActivityTraceId traceId) => [.. Spans().Where(s => s.TraceId == traceId)];

    /// <summary>A copy of the spans: the exporter adds to the list as spans end, on their own threads, without a lock.</summary>
    private Activity[] Spans()
    {
        while (true)
        {
            try
            {
                return [.. spans];
            }
            catch (InvalidOperationException)
            {
                // Added to while copying: copy again.
            }
        }
    }

    /// <summary>Waits (bounded) until a span of that name in that trace has ended and been exported.</summary>
    public async Task WaitForSpanAsync(ActivityTraceId traceId, string operationName)
    {
        for (var i = 0; i < 1200 && !SpansOf(traceId).Any(s => s.OperationName == operationName); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(SpansOf(traceId).Any(s => s.OperationName == operationName), $"no {operationName} span ended:\n{Describe()}");
    }

    /// <summary>Every span and metric point captured, one a line, for a failing assertion's message.</summary>
    public string Describe()
    {
        var lines = new List<string>();
        {
            lines.AddRange(Spans().Select(s => $"span {s.TraceId}/{s.SpanId} <- {s.ParentSpanId} {s.Kind} {s.OperationName} {s.DisplayName}"));
        }

        lock (metrics)
        {
            foreach (var metric in metrics)
            {
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    var tags = new List<string>();
                    foreach (var tag in point.Tags)
                    {
                        tags.Add($"{tag.Key}={tag.Value}");
                    }

                    lines.Add($"metric {metric.Name} {metric.MetricType} [{string.Join(", ", tags)}]");
                }
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The sum of a counter's points whose tags include every one given.</summary>
    public long Sum(string instrument, params (string Key, string Value)[] tags) =>
        Points(instrument, tags).Sum(p => p.Point.GetSumLong());

    /// <summary>The count of a histogram's recordings whose tags include every one given.</summary>
    public long Count(string instrument, params (string Key, string Value)[] tags) =>
        Points(instrument, tags).Sum(p => p.Point.GetHistogramCount());

    /// <summary>The one reading of a gauge whose tags include every one given, or null when it reported nothing.</summary>
    public double? Gauge(string instrument, params (string Key, string Value)[] tags)
    {
        var points = Points(instrument, tags);
        if (points.Count == 0)
        {
            return null;
        }

        var (type, point) = Assert.Single(points);
        return type == MetricType.LongGauge ? point.GetGaugeLastValueLong() : point.GetGaugeLastValueDouble();
    }

    private List<(MetricType Type, MetricPoint Point)> Points(string instrument, (string Key, string Value)[] tags)
    {
        List<(MetricType, MetricPoint)> found = [];
        lock (metrics)
        {
            foreach (var metric in metrics.Where(m => m.Name == instrument))
            {
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    var pointTags = new Dictionary<string, object?>();
                    foreach (var tag in point.Tags)
                    {
                        pointTags[tag.Key] = tag.Value;
                    }

                    if (tags.All(t => pointTags.TryGetValue(t.Key, out var v) && Equals(v?.ToString(), t.Value)))
                    {
                        found.Add((metric.MetricType, point));
                    }
                }
            }
        }

        return found;
    }
}
