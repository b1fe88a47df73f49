using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Rows;
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
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var row in allQuery(db).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows[row.Name] = row.Version;
        }

        return new StoreVersion(rows.GetValueOrDefault(Plan), rows.GetValueOrDefault(Roster), rows.GetValueOrDefault(Progress));
    }

    /// <summary>Compiled per instance (a compiled query serves one model): every turn that reads a snapshot reads the counters.</summary>
    private readonly Func<PlanDbContext, IAsyncEnumerable<StoreVersionRow>> allQuery =
        EF.CompileAsyncQuery((PlanDbContext db) => db.StoreVersions.AsNoTracking());

    /// <summary>Adds one to a counter, in the context's current transaction.</summary>
    public static Task BumpAsync(PlanDbContext db, string name, CancellationToken cancellationToken) =>
        db.StoreVersions.Where(v => v.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Version, v => v.Version + 1), cancellationToken);
}
