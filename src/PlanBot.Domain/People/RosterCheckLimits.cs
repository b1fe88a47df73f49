namespace PlanBot.Domain.People;

/// <summary>How much a roster check lists, so its card stays far below Teams' card limit whatever the roster's size.</summary>
public sealed record RosterCheckLimits
{
    /// <summary>10 entries per list.</summary>
    public static RosterCheckLimits Default { get; } = new();

    /// <summary>The most entries of each list (unmatched users, people not found, unowned sub-themes, undelivered cards); the rest are counted.</summary>
    public int MaxListItems { get; init; } = 10;
}
