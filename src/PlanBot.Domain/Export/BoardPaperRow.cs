using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Export;

/// <summary>
/// One sub-theme of the plan table. <see cref="Number"/> is the initiative's number ("3"), or the sub-theme's key
/// ("5-2") when the initiative splits. <see cref="IsDue"/> says whether the plan asks about it in the quarter (its
/// action or KGI cell is not empty, the reminder's rule); a due row without a report is 未回答, a row that is not due and
/// has no report is 対象外. <see cref="Report"/> is the latest submission for the quarter.
/// </summary>
public sealed record BoardPaperRow(
    string SubThemeKey,
    string Number,
    int InitiativeNumber,
    string InitiativeTitle,
    string? SubThemeLabel,
    string? Department,
    IReadOnlyList<Person> Owners,
    IReadOnlyList<PlanItem> Actions,
    IReadOnlyList<PlanItem> Kgi,
    bool IsDue,
    ProgressReport? Report,
    string? ReporterName,
    BoardPaperPrevious? Previous)
{
    /// <summary>The quarter's status; null when nothing was reported (see <see cref="IsDue"/>).</summary>
    public ProgressStatus? Status => Report?.Status;

    public bool IsUnanswered => IsDue && Report is null;

    /// <summary>Whether the row counts in the 集計: it was due, or answered anyway.</summary>
    public bool IsCounted => IsDue || Report is not null;

    /// <summary>How the status moved since the previous quarter; <see cref="StatusTrend.None"/> when it did not or cannot be said.</summary>
    public StatusTrend Trend => Previous is { } previous && previous.IsCounted && IsCounted
        ? StatusTrends.Between(previous.Status, Status)
        : StatusTrend.None;

    /// <summary>The status as the board reads it: the reported one, 未回答 or 対象外.</summary>
    public string StatusLabel => BoardPaperTexts.StatusLabel(Status, IsDue);
}

/// <summary>The previous quarter's status of a row: the latest report then, or 未回答 / 対象外 as for the row itself.</summary>
public sealed record BoardPaperPrevious(ProgressStatus? Status, bool IsDue)
{
    public bool IsCounted => IsDue || Status is not null;

    public string StatusLabel => BoardPaperTexts.StatusLabel(Status, IsDue);
}
