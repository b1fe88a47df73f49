using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PlanBot.Data.Rows;
using PlanBot.Domain.Plans;

namespace PlanBot.Data.Stores;

/// <summary>
/// Merges a parsed plan into the tracked rows of the current one, by natural key, recording every change.
/// Rows are updated in place (their ids, which progress history points at, never change) or retired, never deleted;
/// only the items of a cell whose content changed are replaced.
/// </summary>
internal sealed class PlanMerge
{
    private readonly PlanDbContext db;
    private readonly Dictionary<int, StrategyRow> strategies;
    private readonly Dictionary<int, InitiativeRow> initiatives;
    private readonly Dictionary<string, SubThemeRow> subThemes;
    private readonly List<PlanItemRow> items;
    private readonly HashSet<string> addedSubThemes = new(StringComparer.Ordinal);
    private PlanRow? plan;

    private PlanMerge(PlanDbContext db, PlanRow? plan, List<StrategyRow> strategies, List<InitiativeRow> initiatives, List<SubThemeRow> subThemes, List<PlanItemRow> items)
    {
        this.db = db;
        this.plan = plan;
        this.strategies = strategies.ToDictionary(s => s.Number);
        this.initiatives = initiatives.ToDictionary(i => i.Number);
        this.subThemes = subThemes.ToDictionary(s => s.Key, StringComparer.Ordinal);
        this.items = items;
    }

    public List<PlanChange> Changes { get; } = [];

    public static async Task<PlanMerge> LoadAsync(PlanDbContext db, CancellationToken cancellationToken)
    {
        var plan = await db.Plan.SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var strategies = await db.Strategies.ToListAsync(cancellationToken).ConfigureAwait(false);
        var initiatives = await db.Initiatives.ToListAsync(cancellationToken).ConfigureAwait(false);
        var subThemes = await db.SubThemes.ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = await db.PlanItems.ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PlanMerge(db, plan, strategies, initiatives, subThemes, items);
    }

    /// <summary>Upserts the plan row, strategies, initiatives and sub-themes; retires those the new plan no longer has.</summary>
    public void MergeStructure(ActionPlan newPlan)
    {
        MergePlanRow(newPlan);

        foreach (var strategy in newPlan.Strategies)
        {
            MergeStrategy(strategy);
        }

        foreach (var initiative in newPlan.Initiatives)
        {
            MergeInitiative(initiative);
        }

        foreach (var subTheme in newPlan.SubThemes)
        {
            MergeSubTheme(subTheme);
        }

        var strategyNumbers = newPlan.Strategies.Select(s => s.Number).ToHashSet();
        var initiativeNumbers = newPlan.Initiatives.Select(i => i.Number).ToHashSet();
        var subThemeKeys = newPlan.SubThemes.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        Retire(strategies.Values.Where(s => !strategyNumbers.Contains(s.Number)), s => $"strategy {s.Number}", s => s.Title);
        Retire(initiatives.Values.Where(i => !initiativeNumbers.Contains(i.Number)), i => $"initiative {i.Number}", i => i.Title);
        Retire(subThemes.Values.Where(s => !subThemeKeys.Contains(s.Key)), s => $"sub-theme {s.Key}", s => s.Label ?? "(no label)");
    }

    /// <summary>Replaces the items of every cell whose content changed. Call after the structure is saved (sub-theme ids known).</summary>
    public void MergeItems(ActionPlan newPlan)
    {
        var stored = items.ToLookup(i => i.SubThemeId);
        var periodCodes = newPlan.Periods.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var subTheme in newPlan.SubThemes)
        {
            var row = subThemes[subTheme.Key];
            var storedCells = stored[row.Id].ToLookup(i => i.PeriodCode, StringComparer.Ordinal);
            foreach (var period in newPlan.Periods)
            {
                var newItems = subTheme.Cell(period)?.Items ?? [];
                var oldItems = storedCells[period.Code].OrderBy(i => i.Ordinal).ToList();
                if (SameItems(oldItems, newItems))
                {
                    continue;
                }

                db.PlanItems.RemoveRange(oldItems);
                db.PlanItems.AddRange(newItems.Select((item, ordinal) => new PlanItemRow
                {
                    SubThemeId = row.Id,
                    PeriodCode = period.Code,
                    Ordinal = ordinal,
                    Marker = item.Marker,
                    Text = item.Text,
                    Depth = item.Depth,
                }));
                if (!addedSubThemes.Contains(subTheme.Key))
                {
                    Changes.Add(new(oldItems.Count == 0 ? PlanChangeKind.Added : PlanChangeKind.Updated, $"cell {subTheme.Key} {period.Code}", $"{oldItems.Count} items -> {newItems.Count} items"));
                }
            }

            foreach (var dropped in storedCells.Where(cell => !periodCodes.Contains(cell.Key)))
            {
                db.PlanItems.RemoveRange(dropped);
                Changes.Add(new(PlanChangeKind.Retired, $"cell {subTheme.Key} {dropped.Key}", $"period no longer in the plan; {dropped.Count()} items removed"));
            }
        }
    }

    private void MergePlanRow(ActionPlan newPlan)
    {
        var periodCodes = string.Join(' ', newPlan.Periods.Select(p => p.Code));
        if (plan is null)
        {
            plan = new PlanRow { Id = PlanRow.SingletonId, Title = newPlan.Title, PeriodCodes = periodCodes };
            db.Plan.Add(plan);
            Changes.Add(new(PlanChangeKind.Added, "plan", newPlan.Title));
            return;
        }

        UpdateText(plan.Title, newPlan.Title, v => plan.Title = v, "plan", "title");
        UpdateText(plan.PeriodCodes, periodCodes, v => plan.PeriodCodes = v, "plan", "periods");
    }

    private void MergeStrategy(Strategy strategy)
    {
        var subject = $"strategy {strategy.Number}";
        if (!strategies.TryGetValue(strategy.Number, out var row))
        {
            row = new StrategyRow { Number = strategy.Number, Title = strategy.Title };
            strategies.Add(strategy.Number, row);
            db.Strategies.Add(row);
            Changes.Add(new(PlanChangeKind.Added, subject, strategy.Title));
            return;
        }

        Restore(row, subject);
        UpdateText(row.Title, strategy.Title, v => row.Title = v, subject, "title");
    }

    private void MergeInitiative(Initiative initiative)
    {
        var subject = $"initiative {initiative.Number}";
        var strategy = strategies[initiative.StrategyNumber];
        if (!initiatives.TryGetValue(initiative.Number, out var row))
        {
            row = new InitiativeRow { Number = initiative.Number, Title = initiative.Title, Department = initiative.Department, Strategy = strategy };
            initiatives.Add(initiative.Number, row);
            db.Initiatives.Add(row);
            Changes.Add(new(PlanChangeKind.Added, subject, initiative.Title));
            return;
        }

        Restore(row, subject);
        UpdateText(row.Title, initiative.Title, v => row.Title = v, subject, "title");
        UpdateText(row.Department, initiative.Department, v => row.Department = v, subject, "department");
        if (row.Strategy.Number != strategy.Number)
        {
            Changes.Add(new(PlanChangeKind.Updated, subject, $"moved from strategy {row.Strategy.Number} to strategy {strategy.Number}"));
            row.Strategy = strategy;
        }
    }

    private void MergeSubTheme(SubTheme subTheme)
    {
        var subject = $"sub-theme {subTheme.Key}";
        var initiative = initiatives[subTheme.InitiativeNumber];
        if (!subThemes.TryGetValue(subTheme.Key, out var row))
        {
            row = new SubThemeRow { Key = subTheme.Key, Index = subTheme.Index, Label = subTheme.Label, Initiative = initiative };
            subThemes.Add(subTheme.Key, row);
            addedSubThemes.Add(subTheme.Key);
            db.SubThemes.Add(row);
            Changes.Add(new(PlanChangeKind.Added, subject, subTheme.Label ?? "(no label)"));
            return;
        }

        Restore(row, subject);
        UpdateText(row.Label, subTheme.Label, v => row.Label = v, subject, "label");
    }

    private void Restore(IRetirableRow row, string subject)
    {
        if (row.IsRetired)
        {
            row.IsRetired = false;
            Changes.Add(new(PlanChangeKind.Restored, subject, "back in the plan"));
        }
    }

    private void UpdateText<T>(T stored, T imported, Action<T> set, string subject, string field)
        where T : IEquatable<string>?
    {
        if (!EqualityComparer<T>.Default.Equals(stored, imported))
        {
            set(imported);
            Changes.Add(new(PlanChangeKind.Updated, subject, string.Create(CultureInfo.InvariantCulture, $"{field} '{(object?)stored ?? "(none)"}' -> '{(object?)imported ?? "(none)"}'")));
        }
    }

    private void Retire<T>(IEnumerable<T> missing, Func<T, string> subject, Func<T, string> name)
        where T : IRetirableRow
    {
        foreach (var row in missing.Where(r => !r.IsRetired).ToList())
        {
            row.IsRetired = true;
            Changes.Add(new(PlanChangeKind.Retired, subject(row), $"{name(row)} is no longer in the plan; kept with its history"));
        }
    }

    private static bool SameItems(List<PlanItemRow> stored, IReadOnlyList<PlanItem> imported) =>
        stored.Count == imported.Count
        && stored.Zip(imported).All(pair => pair.First.Marker == pair.Second.Marker
            && pair.First.Depth == pair.Second.Depth
            && string.Equals(pair.First.Text, pair.Second.Text, StringComparison.Ordinal));
}
