namespace PlanBot.Teams.Reminders;

/// <summary>
/// The raw values a user entered for one sub-theme, exactly as the client sent them (all strings, none checked), so a
/// rejected submission can be shown back as it was typed.
/// </summary>
public sealed record ProgressEntry(string SubThemeKey, string? Status, string? Percent, string? Comment)
{
    /// <summary>Nothing typed in any input: the item was left unanswered.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Status) && string.IsNullOrWhiteSpace(Percent) && string.IsNullOrWhiteSpace(Comment);
}
