namespace PlanBot.Domain.People;

/// <summary>A sub-theme nobody is in charge of, listed to admins so they can assign someone.</summary>
public sealed record UnownedSubTheme(
    string SubThemeKey,
    int InitiativeNumber,
    string InitiativeTitle,
    string? SubThemeLabel,
    string? Department,
    UnownedReason Reason);
