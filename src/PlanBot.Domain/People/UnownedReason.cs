namespace PlanBot.Domain.People;

/// <summary>Why nobody is in charge of a sub-theme.</summary>
public enum UnownedReason
{
    /// <summary>The initiative has no 担当部署 and nobody is assigned.</summary>
    NoDepartment,

    /// <summary>The initiative has a 担当部署 but nobody on the roster belongs to it, and nobody is assigned.</summary>
    NobodyInDepartment,
}
