using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Export;

/// <summary>Why no paper was made.</summary>
public enum BoardPaperRefusal
{
    /// <summary>The asker is not on the roster, so what they may see is unknown.</summary>
    NotOnRoster,

    /// <summary>No plan has been imported.</summary>
    NoPlan,

    /// <summary>The quarter has not begun (Japan time).</summary>
    NotStarted,

    /// <summary>The plan has nothing for the quarter's fiscal year.</summary>
    OutsidePlan,
}

/// <summary>The paper, or why there is none; for <see cref="BoardPaperRefusal.OutsidePlan"/> also the plan's first and last fiscal years.</summary>
public sealed record BoardPaperOutcome(BoardPaper? Paper, BoardPaperRefusal? Refusal, FiscalQuarter? Quarter, int FirstYear = 0, int LastYear = 0)
{
    public static BoardPaperOutcome Ready(BoardPaper paper) => new(paper, null, paper.Quarter);

    public static BoardPaperOutcome Refused(BoardPaperRefusal refusal, FiscalQuarter? quarter = null, int firstYear = 0, int lastYear = 0) =>
        new(null, refusal, quarter, firstYear, lastYear);
}
