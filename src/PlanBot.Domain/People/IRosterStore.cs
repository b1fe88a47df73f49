namespace PlanBot.Domain.People;

/// <summary>
/// The stored roster and explicit assignments. Both are replaced whole, the way <c>roster import</c> and
/// <c>roster assign</c> read their files: all or nothing, never merged row by row.
/// </summary>
public interface IRosterStore
{
    /// <summary>Replaces every person in one transaction; on any failure the previous roster stays.</summary>
    /// <exception cref="ArgumentException">Two people share an email (case-insensitive) or an Entra object id.</exception>
    Task ReplaceRosterAsync(IReadOnlyList<Person> people, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces every explicit assignment in one transaction. Assignments name people by email, so a later roster
    /// import that drops someone leaves their assignments stale (see <see cref="Ownership.StaleAssignments"/>), not lost.
    /// </summary>
    Task ReplaceAssignmentsAsync(IReadOnlyList<OwnerAssignment> assignments, CancellationToken cancellationToken);

    /// <summary>The roster in file order and the assignments in file order.</summary>
    Task<StoredRoster> LoadAsync(CancellationToken cancellationToken);
}
