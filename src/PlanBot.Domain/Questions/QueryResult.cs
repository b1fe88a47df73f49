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
    /// <summary>The 「もしかして」 questions of the query that stay within what the asker may see.</summary>
    public IReadOnlyList<QueryAlternative> Alternatives { get; init; } = [];

    /// <summary>Initiative numbers the question named that the plan does not have (取組99).</summary>
    public IReadOnlyList<int> UnknownInitiatives { get; init; } = [];

    /// <summary>The plan's lowest and highest initiative numbers, to say which exist when one that does not was asked for.</summary>
    public (int First, int Last) InitiativeRange { get; init; }

    /// <summary>Initiatives the question named by number or title that the asker may not see.</summary>
    public IReadOnlyList<int> WithheldInitiatives { get; init; } = [];

    /// <summary>People the question named whose items include some the asker may not see.</summary>
    public IReadOnlyList<string> WithheldPeople { get; init; } = [];

    /// <summary>The quarter a change or a run of quarters was measured up to (the period's last quarter, else the open round).</summary>
    public FiscalQuarter? Anchor { get; init; }

    public int Count => Rows.Count;
}
