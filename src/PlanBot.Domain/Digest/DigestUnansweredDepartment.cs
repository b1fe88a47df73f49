namespace PlanBot.Domain.Digest;

/// <summary>
/// A department (null: none recorded) whose people have items nobody has answered in the cycle: who, and how many
/// distinct items (an item co-owned by the whole department counts once).
/// </summary>
public sealed record DigestUnansweredDepartment(string? Department, CappedList<string> OwnerNames, int ItemCount);
