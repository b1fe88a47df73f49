using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PlanBot.Data.Rows;
using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;

namespace PlanBot.Data.Stores;

/// <summary>The plan in the plan store: imports upsert by natural key (strategy and initiative numbers, sub-theme keys).</summary>
public sealed class PlanStore(IDbContextFactory<PlanDbContext> contextFactory, TimeProvider clock, ILogger<PlanStore> logger) : IPlanStore
{
    public async Task<PlanImportResult> ImportAsync(ParsedPlan parsed, PlanSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(source);
        PlanShape.Validate(parsed.Plan);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var merge = await PlanMerge.LoadAsync(db, cancellationToken).ConfigureAwait(false);
        merge.MergeStructure(parsed.Plan);

        // Sub-theme ids are needed before their items can be compared and written.
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        merge.MergeItems(parsed.Plan);

        var summary = ParsedPlanSummary.Of(parsed);
        var run = ImportRunMapping.ToRow(clock.GetUtcNow(), source, summary, parsed.Report, merge.Changes);
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await StoreVersions.BumpAsync(db, StoreVersions.Plan, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

        DataLog.PlanImported(logger, source.Name, source.Sha256, run.Id, summary.Strategies, summary.Initiatives, summary.SubThemes, summary.Items, merge.Changes.Count);
        return new PlanImportResult(run.Id, summary, merge.Changes);
    }

    public async Task<ActionPlan?> LoadPlanAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var plan = await db.Plan.AsNoTracking().SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return null;
        }

        var strategies = await db.Strategies.AsNoTracking().Where(s => !s.IsRetired).OrderBy(s => s.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var initiatives = await db.Initiatives.AsNoTracking().Where(i => !i.IsRetired).OrderBy(i => i.Number)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var subThemes = await db.SubThemes.AsNoTracking().Where(s => !s.IsRetired).OrderBy(s => s.Index)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = await db.PlanItems.AsNoTracking().Where(i => !i.SubTheme.IsRetired).OrderBy(i => i.Ordinal)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return PlanMapping.ToPlan(plan, strategies, initiatives, subThemes, items);
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        // Asked once per start, before the web host listens: plain SQL, so the check builds none of EF's query pipeline.
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var table = db.Model.FindEntityType(typeof(PlanRow))!.GetTableName();
        return await PlainSql.ScalarAsync(db, $"SELECT COUNT(*) FROM (SELECT 1 FROM \"{table}\" LIMIT 1) AS p", cancellationToken).ConfigureAwait(false) == 0;
    }

    public async Task<IReadOnlyList<ImportRun>> ListImportRunsAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var runs = await db.ImportRuns.AsNoTracking()
            .Include(r => r.Decisions)
            .Include(r => r.Changes)
            .OrderByDescending(r => r.Id)
            .Take(count)
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return runs.Select(ImportRunMapping.ToDomain).ToList();
    }
}
