using Microsoft.EntityFrameworkCore;
using PlanBot.Domain.Snapshots;

namespace PlanBot.Data.Stores;

/// <summary>
/// The store's change counters: a writer calls <see cref="BumpAsync"/> inside its own transaction, so a counter never
/// says "unchanged" about data that changed; readers compare them with what their snapshot was built from.
/// </summary>
internal sealed class StoreVersions(IDbContextFactory<PlanDbContext> contextFactory) : IStoreVersions
{
    public const string Plan = "plan";
    public const string Roster = "roster";
    public const string Progress = "progress";

    public async Task<StoreVersion> ReadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.StoreVersions.AsNoTracking().ToDictionaryAsync(v => v.Name, v => v.Version, cancellationToken).ConfigureAwait(false);
        return new StoreVersion(rows.GetValueOrDefault(Plan), rows.GetValueOrDefault(Roster), rows.GetValueOrDefault(Progress));
    }

    /// <summary>Adds one to a counter, in the context's current transaction.</summary>
    public static Task BumpAsync(PlanDbContext db, string name, CancellationToken cancellationToken) =>
        db.StoreVersions.Where(v => v.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
}
