namespace PlanBot.Teams.Reminders;

/// <summary>One sub-theme on a reminder card.</summary>
/// <param name="SubThemeKey">The sub-theme's stable key ("5-2"), which the card's input ids carry.</param>
/// <param name="InitiativeNumber">具体的取組 number.</param>
/// <param name="InitiativeTitle">具体的取組 title.</param>
/// <param name="SubThemeLabel">The sub-theme's label, or null when the initiative does not split.</param>
/// <param name="Plan">What the plan says for this period: a quarter's actions (FY2024), or the year's action plan and KGI.</param>
public sealed record ReminderCardItem(
    string SubThemeKey,
    int InitiativeNumber,
    string InitiativeTitle,
    string? SubThemeLabel,
    IReadOnlyList<PlanExcerpt> Plan)
{
    /// <summary>The latest report before this cycle's quarter, if any.</summary>
    public ReportedProgress? LastReport { get; init; }

    /// <summary>The answer recorded for this cycle's quarter, by this owner or a co-owner.</summary>
    public ReportedProgress? CurrentAnswer { get; init; }
}
