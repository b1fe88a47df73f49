using BenchmarkDotNet.Attributes;
using PlanBot.Domain.Import;

namespace PlanBot.Benchmarks;

/// <summary>
/// Importing the real plan document (seeds/, about 50 KB): the full parse against the least any reader of the
/// document must do, splitting it into lines and tab-separated cells. The ratio is what the parser's work costs on
/// top of reading the table at all: HTML list cells, markers, period matching and the decision report.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class PlanImportBenchmarks
{
    private static readonly char[] LineBreaks = ['\r', '\n'];

    private string text = string.Empty;

    [GlobalSetup]
    public void LoadSeed() => text = RepositoryFiles.SeedPlanText();

    [Benchmark(Baseline = true, Description = "Split into lines and tab cells")]
    public int SplitLinesAndCells()
    {
        var cells = 0;
        foreach (var line in text.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            cells += line.Split('\t').Length;
        }

        return cells;
    }

    [Benchmark(Description = "PlanDocumentParser.Parse")]
    public ParsedPlan Parse() => new PlanDocumentParser().Parse(text);
}
