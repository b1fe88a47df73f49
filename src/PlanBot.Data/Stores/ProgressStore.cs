using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Rows;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Progress;

namespace PlanBot.Data.Stores;

/// <summary>Progress history in the plan store; reports are attached to the sub-theme row found by its stable key.</summary>
public sealed class ProgressStore(IDbContextFactory<PlanDbContext> contextFactory) : IProgressStore
{
    public async Task AppendAsync(ProgressReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var subThemeId = await db.SubThemes.Where(s => s.Key == report.SubThemeKey).Select(s => (int?)s.Id)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"The plan has no sub-theme '{report.SubThemeKey}'.", nameof(report));

        db.ProgressReports.Add(ToRow(report, subThemeId));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await StoreVersions.BumpAsync(db, StoreVersions.Progress, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ProgressReport?> GetLatestAsync(string subThemeKey, FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.ProgressReports.AsNoTracking()
            .Where(r => r.SubTheme.Key == subThemeKey && r.FiscalYear == quarter.FiscalYear && r.Quarter == quarter.Quarter)
            .OrderByDescending(r => r.ReportedAtUtc).ThenByDescending(r => r.Id)
            .Select(r => new { Row = r, r.SubTheme.Key })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToDomain(row.Row, row.Key);
    }

    public async Task<IReadOnlyList<ProgressReport>> ListAsync(string subThemeKey, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.ProgressReports.AsNoTracking()
            .Where(r => r.SubTheme.Key == subThemeKey)
            .OrderBy(r => r.ReportedAtUtc).ThenBy(r => r.Id)
            .Select(r => new { Row = r, r.SubTheme.Key })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => ToDomain(r.Row, r.Key)).ToList();
    }

    public async Task<IReadOnlyList<ProgressReport>> ListAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.ProgressReports.AsNoTracking()
            .OrderBy(r => r.ReportedAtUtc).ThenBy(r => r.Id)
            .Select(r => new { Row = r, r.SubTheme.Key })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(r => ToDomain(r.Row, r.Key)).ToList();
    }

    public async Task<IReadOnlyList<ProgressReport>> ListLatestPerQuarterAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var reports = new List<ProgressReport>();
        await foreach (var r in latestQuery(db).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            reports.Add(ToDomain(r.Row, r.Key));
        }

        return reports;
    }

    private sealed record KeyedReport(ProgressReportRow Row, string Key);

    /// <summary>
    /// The latest report of each sub-theme and quarter, oldest first. A report is its quarter's latest when no later one
    /// (or an equal instant stored after it) exists: each probe is a seek on the (sub-theme, year, quarter, reported at)
    /// index, so the cost is one step per report kept.
    /// </summary>
    private readonly Func<PlanDbContext, IAsyncEnumerable<KeyedReport>> latestQuery =
        EF.CompileAsyncQuery((PlanDbContext db) => db.ProgressReports.AsNoTracking()
            .Where(r => !db.ProgressReports.Any(n => n.SubThemeId == r.SubThemeId && n.FiscalYear == r.FiscalYear && n.Quarter == r.Quarter
                && (n.ReportedAtUtc > r.ReportedAtUtc || (n.ReportedAtUtc == r.ReportedAtUtc && n.Id > r.Id))))
            .OrderBy(r => r.ReportedAtUtc).ThenBy(r => r.Id)
            .Select(r => new KeyedReport(r, r.SubTheme.Key)));

    public async Task<IReadOnlyList<ProgressReport>> ListForCardAsync(IReadOnlyCollection<string> subThemeKeys, FiscalQuarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subThemeKeys);
        if (subThemeKeys.Count == 0)
        {
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var reports = new List<ProgressReport>();
        var keys = subThemeKeys.Distinct(StringComparer.Ordinal).ToArray();
        await foreach (var r in cardReportsQuery(db, keys, quarter.FiscalYear, quarter.Quarter).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            reports.Add(ToDomain(r.Row, r.Key));
        }

        return [.. reports.OrderBy(r => r.ReportedAt)];
    }

    /// <summary>
    /// Per sub-theme, the last report of the quarter and the last one before it: each the last entry of a range of the
    /// (sub-theme, year, quarter, reported at) index, read backwards, so two seeks per sub-theme. Equal instants go to the
    /// one stored last (the higher id), as <see cref="latestQuery"/> has it.
    /// </summary>
    private readonly Func<PlanDbContext, string[], int, int, IAsyncEnumerable<KeyedReport>> cardReportsQuery =
        EF.CompileAsyncQuery((PlanDbContext db, string[] keys, int fiscalYear, int quarter) =>
            from t in db.SubThemes.AsNoTracking()
            where keys.Contains(t.Key)
            from r in db.ProgressReports.AsNoTracking()
            where r.Id == db.ProgressReports
                    .Where(p => p.SubThemeId == t.Id && p.FiscalYear == fiscalYear && p.Quarter == quarter)
                    .OrderByDescending(p => p.ReportedAtUtc).ThenByDescending(p => p.Id)
                    .Select(p => p.Id).FirstOrDefault()
                || r.Id == db.ProgressReports
                    .Where(p => p.SubThemeId == t.Id && (p.FiscalYear < fiscalYear || (p.FiscalYear == fiscalYear && p.Quarter < quarter)))
                    .OrderByDescending(p => p.FiscalYear).ThenByDescending(p => p.Quarter).ThenByDescending(p => p.ReportedAtUtc).ThenByDescending(p => p.Id)
                    .Select(p => p.Id).FirstOrDefault()
            select new KeyedReport(r, t.Key));

    /// <summary>A report's row, for the sub-theme's store id.</summary>
    internal static ProgressReportRow ToRow(ProgressReport report, int subThemeId) => new()
    {
        SubThemeId = subThemeId,
        FiscalYear = report.Quarter.FiscalYear,
        Quarter = report.Quarter.Quarter,
        Status = report.Status,
        PercentComplete = report.PercentComplete,
        Comment = report.Comment,
        ReporterEmail = report.ReporterEmail,
        ReportedAtUtc = report.ReportedAt.UtcDateTime,
    };

    private static ProgressReport ToDomain(ProgressReportRow row, string subThemeKey) => new(
        subThemeKey,
        new FiscalQuarter(row.FiscalYear, row.Quarter),
        row.Status,
        row.PercentComplete,
        row.Comment,
        row.ReporterEmail,
        new DateTimeOffset(row.ReportedAtUtc, TimeSpan.Zero));
}
