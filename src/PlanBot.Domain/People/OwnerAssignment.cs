using PlanBot.Domain.Plans;

namespace PlanBot.Domain.People;

/// <summary>
/// An explicit owner (<c>roster assign</c>): a person in charge of one sub-theme of an initiative, or of all of it when
/// <see cref="SubThemeIndex"/> is null. <see cref="Email"/> is as the roster writes it.
/// </summary>
public sealed record OwnerAssignment(int InitiativeNumber, int? SubThemeIndex, string Email)
{
    /// <summary>"5-2" for one sub-theme; null for the whole initiative.</summary>
    public string? SubThemeKey => SubThemeIndex is { } index ? SubTheme.FormatKey(InitiativeNumber, index) : null;

    public bool Covers(SubTheme subTheme) =>
        subTheme.InitiativeNumber == InitiativeNumber && (SubThemeIndex is null || SubThemeIndex == subTheme.Index);
}
