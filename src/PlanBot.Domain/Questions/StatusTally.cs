using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// Status counts and average progress over a set of rows (one scope, or the whole answer). <see cref="NoReport"/> counts
/// rows with no report in the period; <see cref="AveragePercent"/> averages the reported rows only, null when none.
/// </summary>
public sealed record StatusTally(string Scope, int Items, IReadOnlyDictionary<ProgressStatus, int> Counts, int NoReport, double? AveragePercent)
{
    public int Count(ProgressStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;

    public static StatusTally Of(string scope, IReadOnlyCollection<QueryRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var reported = rows.Where(r => r.Report is not null).Select(r => r.Report!).ToList();
        var counts = reported.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        double? average = reported.Count > 0 ? Math.Round(reported.Average(r => (double)r.PercentComplete), 1) : null;
        return new(scope, rows.Count, counts, rows.Count - reported.Count, average);
    }
}
