using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;

namespace PlanBot.Data.Tests.Support;

/// <summary>Small hand-built plans shaped like the real one: quarters, KGIs, a split initiative, one without 担当部署.</summary>
internal static class TestPlans
{
    public static IReadOnlyList<PlanPeriod> Periods { get; } =
    [
        PlanPeriod.QuarterActions(2024, 1), PlanPeriod.QuarterActions(2024, 2), PlanPeriod.QuarterActions(2024, 3), PlanPeriod.QuarterActions(2024, 4),
        PlanPeriod.YearKgi(2024), PlanPeriod.YearActions(2025), PlanPeriod.YearKgi(2025), PlanPeriod.YearActions(2026), PlanPeriod.YearKgi(2026),
    ];

    public static ActionPlan Original() => new("第2期中期事業計画 アクションプラン", Periods,
    [
        new Strategy(1, "「新生シリコンアイランド九州」の実現",
        [
            new Initiative(1, "九州地域戦略会議と連携した「新生シリコンアイランド九州」の実現", "産業振興部", 1,
            [
                new SubTheme(1, 1, null,
                [
                    Cell(PlanPeriod.QuarterActions(2024, 1), new PlanItem(PlanItemMarker.Action, "課題整理"), new PlanItem(PlanItemMarker.Action, "戦略会議への報告(6月)")),
                    Cell(PlanPeriod.QuarterActions(2024, 2), new PlanItem(PlanItemMarker.Action, "協議会の設置準備"), new PlanItem(PlanItemMarker.SubAction, "WG併設", 1)),
                    Cell(PlanPeriod.YearKgi(2024), new PlanItem(PlanItemMarker.Target, "協議会の設置")),
                    Cell(PlanPeriod.YearActions(2025), new PlanItem(PlanItemMarker.CarriedOver, "WG活動 &amp; 報告")),
                ]),
            ]),
            new Initiative(2, "半導体関連企業の誘致・育成支援", null, 1,
            [
                new SubTheme(2, 1, "①人材育成",
                [
                    Cell(PlanPeriod.QuarterActions(2024, 3), new PlanItem(PlanItemMarker.Action, "人材育成講座の開催"), new PlanItem(PlanItemMarker.Detail, "年2回")),
                    Cell(PlanPeriod.YearKgi(2026), new PlanItem(PlanItemMarker.Target, "受講者 100名/年")),
                ]),
                new SubTheme(2, 2, "②企業誘致",
                [
                    Cell(PlanPeriod.QuarterActions(2024, 4), new PlanItem(PlanItemMarker.None, "台湾等との交流")),
                ]),
            ]),
        ]),
        new Strategy(2, "DXの推進",
        [
            new Initiative(3, "中小企業のDX支援", "企画部", 2,
            [
                new SubTheme(3, 1, null,
                [
                    Cell(PlanPeriod.QuarterActions(2024, 1), new PlanItem(PlanItemMarker.Action, "DX支援メニューの整理")),
                    Cell(PlanPeriod.YearActions(2026), new PlanItem(PlanItemMarker.Action, "DX支援 継続"), new PlanItem(PlanItemMarker.Action, "DX支援 継続")),
                ]),
            ]),
        ]),
    ]);

    public static ParsedPlan Parsed(ActionPlan plan) => new(plan, [new ImportDecision(12, 3, "row with one cell fewer", "treated the missing cell as 担当部署")]);

    public static PlanCell Cell(PlanPeriod period, params PlanItem[] items) => new(period, items);

    /// <summary>The plan with one initiative's title and one item's wording changed, as an edited document would give.</summary>
    public static ActionPlan Reworded(ActionPlan plan) => plan with
    {
        Strategies = plan.Strategies.Select(s => s with
        {
            Initiatives = s.Initiatives.Select(i => i.Number != 2 ? i : i with
            {
                Title = "半導体関連企業および半導体ユーザー企業の誘致・育成支援",
                SubThemes = i.SubThemes.Select(t => t.Key != "2-1" ? t : t with
                {
                    Cells = t.Cells.Select(c => c.Period != PlanPeriod.QuarterActions(2024, 3) ? c : c with
                    {
                        Items = [new PlanItem(PlanItemMarker.Action, "人材育成講座の開催(オンライン併用)"), new PlanItem(PlanItemMarker.Detail, "年2回")],
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        }).ToList(),
    };

    /// <summary>The plan without sub-theme "2-2".</summary>
    public static ActionPlan WithoutSubTheme22(ActionPlan plan) => plan with
    {
        Strategies = plan.Strategies.Select(s => s with
        {
            Initiatives = s.Initiatives.Select(i => i with { SubThemes = i.SubThemes.Where(t => t.Key != "2-2").ToList() }).ToList(),
        }).ToList(),
    };

    /// <summary>A text rendering of everything a plan holds, in order, so two plans can be compared line by line.</summary>
    public static IReadOnlyList<string> Dump(ActionPlan plan)
    {
        var lines = new List<string> { $"plan {plan.Title} [{string.Join(' ', plan.Periods.Select(p => p.Code))}]" };
        foreach (var strategy in plan.Strategies)
        {
            lines.Add($"strategy {strategy.Number} {strategy.Title}");
            foreach (var initiative in strategy.Initiatives)
            {
                lines.Add($"initiative {initiative.Number} of {initiative.StrategyNumber} {initiative.Title} [{initiative.Department ?? "-"}]");
                foreach (var subTheme in initiative.SubThemes)
                {
                    lines.Add($"sub-theme {subTheme.Key} {subTheme.Label ?? "-"}");
                    foreach (var period in plan.Periods)
                    {
                        var items = subTheme.Cell(period)?.Items ?? [];
                        lines.AddRange(items.Select((item, n) => $"  {subTheme.Key} {period.Code} #{n} {item.Marker} d{item.Depth} {item.Text}"));
                    }
                }
            }
        }

        return lines;
    }
}
