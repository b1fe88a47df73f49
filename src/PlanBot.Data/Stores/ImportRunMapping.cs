using System.Globalization;
using PlanBot.Data.Rows;
using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;

namespace PlanBot.Data.Stores;

internal static class ImportRunMapping
{
    public static ImportRunRow ToRow(DateTimeOffset importedAt, PlanSource source, ParsedPlanSummary counts, IReadOnlyList<ImportDecision> report, IReadOnlyList<PlanChange> changes)
    {
        var row = new ImportRunRow
        {
            ImportedAtUtc = importedAt.UtcDateTime,
            SourceName = source.Name,
            SourceSha256 = source.Sha256,
            StrategyCount = counts.Strategies,
            InitiativeCount = counts.Initiatives,
            SubThemeCount = counts.SubThemes,
            ItemCount = counts.Items,
            ItemsPerPeriod = string.Join(' ', counts.ItemsPerPeriod.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Period.Code}={p.Items}"))),
        };
        row.Decisions.AddRange(report.Select((d, ordinal) => new ImportRunDecisionRow { Ordinal = ordinal, Line = d.Line, Cell = d.Cell, Found = d.Found, Decided = d.Decided }));
        row.Changes.AddRange(changes.Select((c, ordinal) => new ImportRunChangeRow { Ordinal = ordinal, Kind = c.Kind, Subject = c.Subject, Detail = c.Detail }));
        return row;
    }

    public static ImportRun ToDomain(ImportRunRow row)
    {
        var perPeriod = row.ItemsPerPeriod.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('='))
            .Select(pair => new PeriodItemCount(PlanPeriod.FromCode(pair[0]), int.Parse(pair[1], CultureInfo.InvariantCulture)))
            .ToList();
        return new ImportRun(
            row.Id,
            new DateTimeOffset(row.ImportedAtUtc, TimeSpan.Zero),
            new PlanSource(row.SourceName, row.SourceSha256),
            new ParsedPlanSummary(row.StrategyCount, row.InitiativeCount, row.SubThemeCount, row.ItemCount, perPeriod, row.Decisions.Count),
            row.Decisions.OrderBy(d => d.Ordinal).Select(d => new ImportDecision(d.Line, d.Cell, d.Found, d.Decided)).ToList(),
            row.Changes.OrderBy(c => c.Ordinal).Select(c => new PlanChange(c.Kind, c.Subject, c.Detail)).ToList());
    }
}
