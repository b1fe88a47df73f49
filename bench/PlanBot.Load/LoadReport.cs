using System.Globalization;

namespace PlanBot.Load;

internal sealed record CardPhaseResult(double P50, double P99, double PerSecond, double CpuPerAnswer, int Errors)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50:F1} ms, p99 {P99:F1} ms, {PerSecond:F0} answers/s, CPU {CpuPerAnswer:F2} ms/answer, {Errors} errors");
}

internal sealed record QuestionPhaseResult(double P50, double P99, double CpuPerReply, double LinesPerReply, int Failures)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50:F1} ms, p99 {P99:F1} ms, CPU {CpuPerReply:F2} ms/reply, {LinesPerReply:F1} log lines/reply, {Failures} unanswered");
}

/// <summary>Every figure of the run; the table gives the median of the rounds for each side and their ratio.</summary>
internal sealed class LoadReport(LoadSettings settings, string loadAtStart)
{
    public List<CardPhaseResult> CardsPlanBot { get; } = [];

    public List<CardPhaseResult> CardsBare { get; } = [];

    public List<QuestionPhaseResult> QuestionsPlanBot { get; } = [];

    public List<QuestionPhaseResult> QuestionsBare { get; } = [];

    public List<QuestionPhaseResult> QuestionsLarge { get; } = [];

    public List<QuestionPhaseResult> QuestionsPlanOnly { get; } = [];

    public List<StartTimes> ColdStartPlanBot { get; } = [];

    public List<StartTimes> ColdStartBare { get; } = [];

    /// <summary>CPU time used up to ready: less bent than wall time by other processes on a busy machine.</summary>
    public List<double> ColdStartCpuPlanBot { get; } = [];

    public List<double> ColdStartCpuBare { get; } = [];

    public (double PlanBot, double Bare) RssIdle { get; set; }

    public (double PlanBot, double Bare) RssAfterLoad { get; set; }

    public string LoadAtEnd { get; set; } = string.Empty;

    public void Print(TextWriter output)
    {
        static double M<T>(IEnumerable<T> results, Func<T, double> figure) => Percentiles.Median(results.Select(figure));
        var lines = new List<string>
        {
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"{settings.Rounds} interleaved rounds; {settings.Concurrency} owners at once for {settings.CardPhase.TotalSeconds:F0} s; {settings.Questions} questions at {settings.QuestionRate}/s; {settings.People:N0} people; load average {loadAtStart} at start, {LoadAtEnd} at the end"),
            string.Empty,
            "| measure | PlanBot | bare | ratio | goal |",
            "|---|---|---|---|---|",
            Row("card answer, 50 owners at once: p50", M(CardsPlanBot, r => r.P50), M(CardsBare, r => r.P50), "ms", null),
            Row("card answer, 50 owners at once: p99", M(CardsPlanBot, r => r.P99), M(CardsBare, r => r.P99), "ms", "≤ 2×"),
            Row("card answers per second, saturated", M(CardsPlanBot, r => r.PerSecond), M(CardsBare, r => r.PerSecond), "/s", "≥ 0.25×"),
            Row("CPU per card answer (the whole phase, warm-up included)", M(CardsPlanBot, r => r.CpuPerAnswer), M(CardsBare, r => r.CpuPerAnswer), "ms", null),
            Row("CPU per question reply", M(QuestionsPlanBot, r => r.CpuPerReply), M(QuestionsBare, r => r.CpuPerReply), "ms", "≤ 3×"),
            Row("question reply p50 (PlanBot vs bare)", M(QuestionsPlanBot, r => r.P50), M(QuestionsBare, r => r.P50), "ms", null),
            string.Create(CultureInfo.InvariantCulture, $"| question p50: 1,000 people × 3 years (PlanBot) vs the plan only (PlanBot) | {M(QuestionsLarge, r => r.P50):F1} ms | {M(QuestionsPlanOnly, r => r.P50):F1} ms | {M(QuestionsLarge, r => r.P50) / M(QuestionsPlanOnly, r => r.P50):F2}× | ≤ 1.2× |"),
            Row("RSS idle", RssIdle.PlanBot, RssIdle.Bare, "MB", "PlanBot ≤ 100 MB"),
            Row("RSS after load", RssAfterLoad.PlanBot, RssAfterLoad.Bare, "MB", string.Create(CultureInfo.InvariantCulture, $"PlanBot ≤ 1.5× idle: {RssAfterLoad.PlanBot / RssIdle.PlanBot:F2}×")),
            Row("cold start to /healthz 200 (serves HTTP), existing store", M(ColdStartPlanBot, t => t.Live.TotalMilliseconds), M(ColdStartBare, t => t.Live.TotalMilliseconds), "ms", null),
            Row("cold start to ready (PlanBot /healthz/ready: store and scheduler; bare /healthz)", M(ColdStartPlanBot, t => t.Ready.TotalMilliseconds), M(ColdStartBare, t => t.Ready.TotalMilliseconds), "ms", "PlanBot ≤ 1 s"),
            Row("CPU time of that start, to ready", Percentiles.Median(ColdStartCpuPlanBot), Percentiles.Median(ColdStartCpuBare), "ms", null),
            string.Create(CultureInfo.InvariantCulture, $"| console log lines per delivered reply (questions) | {M(QuestionsPlanBot, r => r.LinesPerReply):F1} | {M(QuestionsBare, r => r.LinesPerReply):F1} | | |"),
            string.Empty,
            string.Create(CultureInfo.InvariantCulture, $"errors: card answers PlanBot {CardsPlanBot.Sum(r => r.Errors)}, bare {CardsBare.Sum(r => r.Errors)}; unanswered questions PlanBot {QuestionsPlanBot.Sum(r => r.Failures) + QuestionsLarge.Sum(r => r.Failures) + QuestionsPlanOnly.Sum(r => r.Failures)}, bare {QuestionsBare.Sum(r => r.Failures)}"),
        };
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }
    }

    private static string Row(string measure, double planBot, double bare, string unit, string? goal) =>
        string.Create(CultureInfo.InvariantCulture, $"| {measure} | {planBot:F1} {unit} | {bare:F1} {unit} | {planBot / bare:F2}× | {goal} |");
}
