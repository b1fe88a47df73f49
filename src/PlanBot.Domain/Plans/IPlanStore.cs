using PlanBot.Domain.Import;

namespace PlanBot.Domain.Plans;

/// <summary>
/// Where the action plan is kept. Strategies, initiatives and sub-themes are identified by their numbers and
/// <see cref="SubTheme.Key"/>, so a re-import updates their wording in place and everything pointing at a sub-theme
/// (progress reports) stays attached.
/// </summary>
public interface IPlanStore
{
    /// <summary>
    /// Stores <paramref name="parsed"/> as the current plan, in one transaction: on any failure (including cancellation)
    /// the store is left as it was. Items of a cell whose content changed are replaced; unchanged cells are not touched.
    /// Strategies, initiatives and sub-themes missing from the new plan are retired, not deleted, so their history stays.
    /// Every import, even one that changes nothing, is recorded as an import run with its report.
    /// </summary>
    Task<PlanImportResult> ImportAsync(ParsedPlan parsed, PlanSource source, CancellationToken cancellationToken);

    /// <summary>
    /// The current plan, or null when nothing was ever imported. Every sub-theme has one cell per period of the plan,
    /// in the plan's period order; a cell with nothing written in it has no items.
    /// </summary>
    Task<ActionPlan?> LoadPlanAsync(CancellationToken cancellationToken);

    /// <summary>True when no plan has been imported yet.</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken);

    /// <summary>The most recent import runs, newest first, for an admin to review.</summary>
    Task<IReadOnlyList<ImportRun>> ListImportRunsAsync(int count, CancellationToken cancellationToken);
}
