using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Rows;
using PlanBot.Domain.People;

namespace PlanBot.Data.Stores;

/// <summary>The roster and explicit assignments in the plan store, each replaced whole in one transaction.</summary>
public sealed class RosterStore(IDbContextFactory<PlanDbContext> contextFactory) : IRosterStore
{
    public async Task ReplaceRosterAsync(IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);

        // Checked before anything is written: the directory refuses duplicate emails and object ids as the domain sees them.
        _ = new PersonDirectory(people);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.People.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        db.People.AddRange(people.Select((p, i) => new PersonRow
        {
            Ordinal = i,
            Name = p.Name,
            Email = p.Email,
            AadObjectId = p.AadObjectId,
            Department = p.Department,
            Role = p.Role,
        }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await StoreVersions.BumpAsync(db, StoreVersions.Roster, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task ReplaceAssignmentsAsync(IReadOnlyList<OwnerAssignment> assignments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.OwnerAssignments.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        db.OwnerAssignments.AddRange(assignments.Select((a, i) => new OwnerAssignmentRow
        {
            Ordinal = i,
            InitiativeNumber = a.InitiativeNumber,
            SubThemeIndex = a.SubThemeIndex,
            Email = a.Email,
        }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await StoreVersions.BumpAsync(db, StoreVersions.Roster, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredRoster> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var people = await db.People.AsNoTracking().OrderBy(p => p.Ordinal)
            .Select(p => new Person(p.Name, p.Email, p.AadObjectId, p.Department, p.Role))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var assignments = await db.OwnerAssignments.AsNoTracking().OrderBy(a => a.Ordinal)
            .Select(a => new OwnerAssignment(a.InitiativeNumber, a.SubThemeIndex, a.Email))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new StoredRoster(new PersonDirectory(people), assignments);
    }
}
