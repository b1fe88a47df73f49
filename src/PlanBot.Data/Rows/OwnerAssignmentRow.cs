namespace PlanBot.Data.Rows;

/// <summary>
/// An explicit owner from <c>roster assign</c>, by initiative number, sub-theme index (null: the whole initiative) and
/// email. No foreign keys: a re-imported roster or plan may leave it stale, and <see cref="Domain.People.Ownership"/> says so.
/// </summary>
public sealed class OwnerAssignmentRow
{
    public int Id { get; set; }

    public int Ordinal { get; set; }

    public int InitiativeNumber { get; set; }

    public int? SubThemeIndex { get; set; }

    public required string Email { get; set; }
}
