using System.Diagnostics;
using System.Globalization;
using PlanBot.Export;
using PlanBot.ExportBench;

// The board paper export against writing the same cells as CSV; see bench/README.md, section "4. Board paper export".
//   (no arguments)   time: interleaved rounds in this process, then peak memory: one child process per export, interleaved
//   --peak csv|xlsx  (internal) one export in this process, printing the working set it added at its peak
const int People = 1_000;
const int Seed = 20240401;

if (args is ["--peak", var peakKind])
{
    var data = ExportData.Generate(People, Seed);
    Export(peakKind, data); // JIT and first-use costs out of the measurement
    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    GC.WaitForPendingFinalizers();
    var before = Environment.WorkingSet;
    var peak = before;
    using var sampling = new CancellationTokenSource();
    var sampler = Task.Run(() =>
    {
        while (!sampling.IsCancellationRequested)
        {
            peak = Math.Max(peak, Environment.WorkingSet);
            Thread.Sleep(1);
        }
    });
    Export(peakKind, data);
    sampling.Cancel();
    await sampler;
    peak = Math.Max(peak, Environment.WorkingSet);
    Console.WriteLine((peak - before).ToString(CultureInfo.InvariantCulture));
    return 0;
}

var rounds = args is ["--rounds", var r] ? int.Parse(r, CultureInfo.InvariantCulture) : 20;
var input = ExportData.Generate(People, Seed);
var paper = input.Build();
Console.WriteLine($"Data: {input.Roster.People.Count} people, {input.Reports.Count} reports (FY2024–FY2026); paper {paper.Quarter}: "
    + $"{paper.Rows.Count()} rows, {paper.Unanswered.Count} unanswered owners, {paper.History.Count} submissions in 履歴.");
Console.WriteLine($"Load average at start: {LoadAverage()}");

for (var i = 0; i < 3; i++)
{
    Export("csv", input);
    Export("xlsx", input);
}

var times = new Dictionary<string, List<double>> { ["csv"] = [], ["xlsx"] = [] };
var allocated = new Dictionary<string, long>();
var sizes = new Dictionary<string, long>();
var ratios = new List<double>();
for (var round = 0; round < rounds; round++)
{
    var order = round % 2 == 0 ? new[] { "csv", "xlsx" } : ["xlsx", "csv"];
    var thisRound = new Dictionary<string, double>();
    foreach (var kind in order)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        sizes[kind] = Export(kind, input);
        thisRound[kind] = clock.Elapsed.TotalMilliseconds;
        allocated[kind] = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        times[kind].Add(thisRound[kind]);
    }

    ratios.Add(thisRound["xlsx"] / thisRound["csv"]);
}

var builds = new List<double>();
for (var round = 0; round < rounds; round++)
{
    var clock = Stopwatch.StartNew();
    input.Build();
    builds.Add(clock.Elapsed.TotalMilliseconds);
}

var peaks = new Dictionary<string, List<long>> { ["csv"] = [], ["xlsx"] = [] };
for (var round = 0; round < 5; round++)
{
    foreach (var kind in round % 2 == 0 ? new[] { "csv", "xlsx" } : ["xlsx", "csv"])
    {
        peaks[kind].Add(await PeakAsync(kind));
    }
}

Console.WriteLine();
Console.WriteLine($"| export (build + write), {rounds} interleaved rounds | median ms | output | allocated | peak working set added (median of 5 processes) |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var kind in new[] { "csv", "xlsx" })
{
    Console.WriteLine($"| {(kind == "csv" ? "CSV of the same cells (baseline)" : "Excel workbook")} | {Median(times[kind]):0.0} | {sizes[kind] / 1024.0:0} KB | {allocated[kind] / 1048576.0:0.0} MB | {Median(peaks[kind].Select(p => (double)p)) / 1048576.0:0.0} MB |");
}

Console.WriteLine();
Console.WriteLine($"Time ratio xlsx/csv: median of per-round ratios {Median(ratios):0.00} (min {ratios.Min():0.00}, max {ratios.Max():0.00}); "
    + $"allocation ratio {(double)allocated["xlsx"] / allocated["csv"]:0.00}; peak memory ratio {Median(peaks["xlsx"].Select(p => (double)p)) / Median(peaks["csv"].Select(p => (double)p)):0.00}.");
Console.WriteLine($"Of each export, building the paper (BoardPaperBuilder, the same for both) takes a median {Median(builds):0.0} ms.");
Console.WriteLine($"Load average at end: {LoadAverage()}");
return 0;

static long Export(string kind, ExportData data)
{
    var paper = data.Build();
    using var output = new MemoryStream();
    if (kind == "csv")
    {
        CsvBoardPaper.Write(paper, output);
    }
    else
    {
        BoardPaperWorkbook.Write(paper, output);
    }

    return output.Length;
}

static async Task<long> PeakAsync(string kind)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
    if (!Environment.ProcessPath!.EndsWith("PlanBot.ExportBench", StringComparison.Ordinal))
    {
        start.ArgumentList.Add(typeof(ExportData).Assembly.Location);
    }

    start.ArgumentList.Add("--peak");
    start.ArgumentList.Add(kind);
    using var process = Process.Start(start)!;
    var output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    return long.Parse(output.Trim(), CultureInfo.InvariantCulture);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
