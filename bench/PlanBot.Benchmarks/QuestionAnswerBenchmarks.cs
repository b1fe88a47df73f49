using BenchmarkDotNet.Attributes;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Import;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Questions;

namespace PlanBot.Benchmarks;

/// <summary>
/// A manager's question answered end to end on the real plan with three years of progress for 1,000 people (a change
/// between quarters and a question with a slip of the pen, answered with 「もしかして」, among them):
/// text → <see cref="QuestionParser"/> → <see cref="QueryEngine"/> → <see cref="AnswerBuilder"/> → <see cref="AnswerText"/>,
/// against the baseline of fetching the same rows directly (<see cref="BareLookup"/>). The plan, roster, vocabulary
/// and query data are built once, as the host keeps them between imports; the setup checks that the pipeline and the
/// baseline find the same sub-themes, so the ratio compares equal work. Each stage is also measured on its own.
/// </summary>
[Config(typeof(LatencyConfig))]
public class QuestionAnswerBenchmarks
{
    public const int People = 1_000;

    /// <summary>Today in Japan: the last quarter of FY2026, so FY2024–FY2026 are all on record and the 2026Q4 round is open.</summary>
    public static readonly DateOnly Today = new(2027, 3, 20);

    private const int Seed = 20240401;

    private static readonly Dictionary<string, Func<BareLookup, List<string>>> Lookups = new(StringComparer.Ordinal)
    {
        ["第3四半期の遅延は?"] = b => b.DelayedIn(new FiscalQuarter(2026, 3)).Select(r => r.SubThemeKey).ToList(),
        ["産業振興部の進捗"] = b => b.ProgressOf("産業振興部").Rows.Select(r => r.SubThemeKey).ToList(),
        ["未回答は?"] = b => b.Unanswered(),
        ["DXの計画は?"] = b => b.PlannedActions(["DX", "デジタル"]).Select(x => x.Key).ToList(),
        ["取組5の状況"] = b => b.LatestOfInitiative(5).Select(r => r.SubThemeKey).ToList(),
        ["前期から悪化した取組は?"] = b => b.WorseThanPreviousQuarter(),
        ["産業部の遅延"] = b => b.DelayedNow().Select(r => r.SubThemeKey).ToList(),
    };

    private QuestionContext context = null!;
    private QueryData data = null!;
    private Person asker = null!;
    private BareLookup bare = null!;
    private Func<BareLookup, List<string>> lookup = null!;
    private PlanQuery query = null!;
    private QueryResult result = null!;

    [ParamsSource(nameof(Questions))]
    public string Question { get; set; } = string.Empty;

    public static IEnumerable<string> Questions => Lookups.Keys;

    [GlobalSetup]
    public void BuildData()
    {
        var plan = new PlanDocumentParser().Parse(RepositoryFiles.SeedPlanText()).Plan;
        var current = FiscalQuarter.Of(Today);
        var progress = SyntheticProgress.Generate(plan, People, current, Seed);
        asker = progress.Roster.First(p => p.Role == PersonRole.Manager && p.Department == "経営企画室");
        data = new QueryData(plan, progress.Reports, progress.Roster, current, progress.Owners);
        context = new QuestionContext(Today, QuestionContext.VocabularyOf(plan, progress.Roster), asker);
        bare = new BareLookup(plan, progress.Reports, current);
        lookup = Lookups[Question];
        query = QuestionParser.Parse(Question, context);
        result = QueryEngine.Execute(query, data, asker);
        CheckSameRows(plan, progress);
    }

    [Benchmark(Baseline = true, Description = "Bare lookup of the rows")]
    public List<string> BareLookupOfRows() => lookup(bare);

    [Benchmark(Description = "Question → answer text")]
    public string QuestionToAnswer()
    {
        var understood = QuestionParser.Parse(Question, context);
        var found = QueryEngine.Execute(understood, data, asker);
        return AnswerText.Render(AnswerBuilder.Build(found));
    }

    // The stages of the pipeline on their own, each from the previous stage's output made in setup: where the time goes.
    [Benchmark(Description = "Stage 1: QuestionParser.Parse")]
    public PlanQuery ParseStage() => QuestionParser.Parse(Question, context);

    [Benchmark(Description = "Stage 2: QueryEngine.Execute")]
    public QueryResult ExecuteStage() => QueryEngine.Execute(query, data, asker);

    [Benchmark(Description = "Stage 3: AnswerBuilder.Build + AnswerText.Render")]
    public string RenderStage() => AnswerText.Render(AnswerBuilder.Build(result));

    /// <summary>Fails the run when the pipeline and the baseline disagree, or when the question finds nothing to measure.</summary>
    private void CheckSameRows(ActionPlan plan, SyntheticProgress progress)
    {
        var answered = result.Rows.Select(r => r.SubThemeKey).Order(StringComparer.Ordinal).ToList();
        var looked = lookup(bare).Order(StringComparer.Ordinal).ToList();
        if (answered.Count == 0 || !answered.SequenceEqual(looked, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"'{Question}' ({query}): the pipeline found [{string.Join(' ', answered)}], the bare lookup [{string.Join(' ', looked)}].");
        }

        Console.WriteLine(
            $"// {Question} → {query}: {answered.Count} of {plan.SubThemes.Count()} sub-themes; "
            + $"{progress.Reports.Count} reports, {progress.Roster.Count} people; answer {QuestionToAnswer().Length} chars");
    }
}
