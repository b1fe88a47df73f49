namespace PlanBot.Domain.Plans;

/// <summary>What a re-import did to a strategy, initiative, sub-theme or cell.</summary>
public enum PlanChangeKind
{
    /// <summary>New in this import.</summary>
    Added,

    /// <summary>Kept its identity, wording or items changed.</summary>
    Updated,

    /// <summary>Missing from this import; kept (with its history) but no longer part of the plan.</summary>
    Retired,

    /// <summary>Retired by an earlier import and back in this one.</summary>
    Restored,
}
