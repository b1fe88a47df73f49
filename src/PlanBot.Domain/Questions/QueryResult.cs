using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Questions;

/// <summary>
/// The answer to a <see cref="PlanQuery"/>, as data: the rows (in plan order), the totals and per-department summaries,
/// who has not answered, and exactly what was applied — the access scope and the quarters that were looked at — so the
/// plain-text and card renderings can both say it.
/// <see cref="CurrentQuarter"/> is the quarter the question was answered in (JST); <see cref="DueQuarters"/> are the quarters 未回答 was checked against.
/// </summary>
public sealed record QueryResult(
    PlanQuery Query,
    QueryAccess Access,
    FiscalQuarter CurrentQuarter,
    IReadOnlyList<FiscalQuarter> DueQuarters,
    IReadOnlyList<QueryRow> Rows,
    StatusTally Totals,
    IReadOnlyList<StatusTally> Summaries,
    IReadOnlyList<UnansweredPerson> NotAnswered)
{
    public int Count => Rows.Count;
}
