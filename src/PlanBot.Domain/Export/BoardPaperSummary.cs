using PlanBot.Domain.Digest;

namespace PlanBot.Domain.Export;

/// <summary>The 集計 sheet's numbers: the counted rows by status, overall, per 重点戦略 and per 担当部署.</summary>
public sealed record BoardPaperSummary(BoardPaperTally Total, IReadOnlyList<BoardPaperTally> ByStrategy, IReadOnlyList<BoardPaperTally> ByDepartment);

/// <summary>
/// Counted sub-themes of one group by status (in <see cref="StatusCounts.Order"/>, 未回答 last), and the share that
/// answered. <see cref="Label"/> names the group as the table and the chart show it.
/// </summary>
public sealed record BoardPaperTally(string Label, StatusCounts Counts)
{
    public int Total => Counts.Total;

    public int Answered => Counts.Total - Counts[null];

    /// <summary>Answered ÷ counted, 0–1; null when nothing was due.</summary>
    public double? AnswerRate => Total == 0 ? null : (double)Answered / Total;
}
