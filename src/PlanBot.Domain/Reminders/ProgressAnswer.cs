namespace PlanBot.Domain.Reminders;

/// <summary>One item of a submitted card as the card sent it: raw text, not yet checked. All blank means "not answered now".</summary>
public sealed record ProgressAnswer(string SubThemeKey, string? Status, string? Percent, string? Comment)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Status) && string.IsNullOrWhiteSpace(Percent) && string.IsNullOrWhiteSpace(Comment);
}
