using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;
using Perfolizer.Mathematics.OutlierDetection;

namespace PlanBot.Benchmarks;

/// <summary>
/// Per-call latency, for percentiles that mean what a user waits: each iteration is exactly one call, so the p50/p99
/// columns are percentiles of single answers, not of averages over thousands of calls. Garbage is left to the
/// runtime (no forced collection between calls) and no outlier is dropped, because the slow calls a collection
/// causes are the tail being measured. The warm-up is long in calls, not in time: tiered JIT promotes a method only
/// after 30 calls and a quiet 100 ms, and a measurement of tier-0 code would say little about a running bot.
/// </summary>
public sealed class LatencyConfig : ManualConfig
{
    public const int Calls = 2_000;

    public const int WarmupCalls = 500;

    public LatencyConfig()
    {
        AddJob(Job.Default
            .WithId("Latency")
            .WithWarmupCount(WarmupCalls)
            .WithIterationCount(Calls)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithGcForce(false)
            .WithOutlierMode(OutlierMode.DontRemove));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);

        // P50 is the median; the job's settings are stated above, so the table keeps to the figures.
        HideColumns(Column.Error, Column.Median, "Job", "OutlierMode", "Force", "InvocationCount", "IterationCount", "UnrollFactor", "WarmupCount");
        WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Microsecond));

        // Building the benchmark process takes minutes when others build on the same two cores; the default 2 minutes fails the run.
        WithBuildTimeout(TimeSpan.FromMinutes(15));
    }
}
