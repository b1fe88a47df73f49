namespace PlanBot.Domain.People;

/// <summary>What the roster store holds: the people and the explicit assignments; resolve them with <see cref="Ownership.Resolve"/>.</summary>
public sealed record StoredRoster(PersonDirectory People, IReadOnlyList<OwnerAssignment> Assignments);
