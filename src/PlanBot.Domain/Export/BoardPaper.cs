using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Export;

/// <summary>
/// The quarter's board paper (理事会・常任理事会の資料): the action plan as the board reads it, with each sub-theme's status
/// for <see cref="Quarter"/> beside the previous quarter's, the counts, who has not answered, and the fiscal year's
/// submissions — all within what <see cref="Scope"/> lets the asker see. Built by <see cref="BoardPaperBuilder"/>;
/// how it is drawn (a workbook) is not its concern.
/// </summary>
public sealed record BoardPaper(
    string PlanTitle,
    FiscalQuarter Quarter,
    FiscalQuarter? PreviousQuarter,
    DateTimeOffset ExportedAt,
    string Scope,
    PlanPeriod ActionsPeriod,
    PlanPeriod? KgiPeriod,
    IReadOnlyList<BoardPaperStrategy> Strategies,
    BoardPaperSummary Summary,
    IReadOnlyList<BoardPaperUnanswered> Unanswered,
    IReadOnlyList<BoardPaperSubmission> History)
{
    /// <summary>Every sub-theme row, in plan order.</summary>
    public IEnumerable<BoardPaperRow> Rows => Strategies.SelectMany(s => s.Rows);

    /// <summary>「アクションプラン進捗_2026年度第3四半期.xlsx」: what the file is called wherever it is saved.</summary>
    public string FileName => BoardPaperTexts.FileName(Quarter);
}
