namespace PlanBot.Domain.Reminders;

/// <summary>The owners of one department (null: none recorded) who still have unanswered items.</summary>
public sealed record DepartmentUnanswered(string? Department, IReadOnlyList<UnansweredOwner> Owners);
