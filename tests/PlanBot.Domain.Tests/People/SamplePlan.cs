using PlanBot.Domain.People;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Tests.People;

/// <summary>
/// A hand-built plan of the seed's shape: FY2024 in quarters plus KGI, FY2025 and FY2026 yearly; initiative 5 split
/// into ①②③ as in the seed; 15 and 17 without a 担当部署, 17 split under 【】 headings.
/// </summary>
internal static class SamplePlan
{
    public static IReadOnlyList<PlanPeriod> Periods { get; } =
    [
        PlanPeriod.QuarterActions(2024, 1), PlanPeriod.QuarterActions(2024, 2), PlanPeriod.QuarterActions(2024, 3),
        PlanPeriod.QuarterActions(2024, 4), PlanPeriod.YearKgi(2024),
        PlanPeriod.YearActions(2025), PlanPeriod.YearKgi(2025),
        PlanPeriod.YearActions(2026), PlanPeriod.YearKgi(2026),
    ];

    public static ActionPlan Plan { get; } = new(
        "第2期中期事業計画 アクションプラン",
        Periods,
        [
            new Strategy(1, "「新生シリコンアイランド九州」の実現",
            [
                new Initiative(1, "九州地域戦略会議と連携した「新生シリコンアイランド九州」の実現", "産業振興部", 1, [Whole(1)]),
            ]),
            new Strategy(2, "各産業の高度化・持続可能性向上・成長支援",
            [
                new Initiative(5, "農業の持続的成長に向けた多様な担い手の確保と生産性向上支援", "地域共創部", 2,
                [
                    Part(5, 1, "①域外企業の農業参入促進"),
                    Part(5, 2, "②地域企業による地域農業への、人的支援、副業認可、農業参入モデル作り"),
                    Part(5, 3, "③スマート農業モデル構築と耕作放棄地活用モデル構築", emptyIn2026: true),
                ]),
                new Initiative(13, "大規模災害に備えた防災・減災の推進", "SR-防災", 2, [Whole(13)]),
            ]),
            new Strategy(5, "組織運営",
            [
                new Initiative(14, "国際交流の推進", "総務国際部", 5, [Whole(14)]),
                new Initiative(15, "会員サービスの向上", null, 5, [Whole(15)]),
                new Initiative(17, "広報・情報発信の強化", null, 5, [Part(17, 1, "【広報】"), Part(17, 2, "【情報発信】")]),
                new Initiative(20, "中期事業計画の進捗管理", "経営企画室", 5, [Whole(20)]),
            ]),
        ]);

    public static IReadOnlyList<string> Departments { get; } = ["産業振興部", "地域共創部", "総務国際部", "経営企画室", "SR-防災"];

    public static Person Sangyo1 { get; } = new("産業 一郎", "ichiro@example.jp", "11111111-1111-1111-1111-111111111111", "産業振興部", PersonRole.Member);

    public static Person Sangyo2 { get; } = new("産業 二郎", "jiro@example.jp", null, "産業振興部", PersonRole.Manager);

    public static Person Chiiki1 { get; } = new("地域 花子", "hanako@example.jp", null, "地域共創部", PersonRole.Member);

    public static Person Chiiki2 { get; } = new("地域 次郎", "jiro.chiiki@example.jp", null, "地域共創部", PersonRole.Member);

    public static Person Soumu { get; } = new("総務 三郎", "saburo@example.jp", null, "総務国際部", PersonRole.Member);

    public static Person Admin { get; } = new("管理 者", "admin@example.jp", null, "経営企画室", PersonRole.Admin);

    public static PersonDirectory Roster { get; } = new([Sangyo1, Sangyo2, Chiiki1, Chiiki2, Soumu, Admin]);

    public static PlanCell Cell(PlanPeriod period, params string[] texts) =>
        new(period, texts.Select(t => new PlanItem(period.Kind == PlanCellKind.Kgi ? PlanItemMarker.Target : PlanItemMarker.Action, t)).ToArray());

    private static SubTheme Whole(int initiative) => new(initiative, 1, null, Cells(initiative, 1, emptyIn2026: false));

    private static SubTheme Part(int initiative, int index, string label, bool emptyIn2026 = false) =>
        new(initiative, index, label, Cells(initiative, index, emptyIn2026));

    /// <summary>Each cell says which sub-theme and period it is, so a test can see the right one was picked.</summary>
    private static IReadOnlyList<PlanCell> Cells(int initiative, int index, bool emptyIn2026) => Periods
        .Where(p => !(emptyIn2026 && p.FiscalYear == 2026))
        .Select(p => Cell(p, $"{initiative}-{index} {p.Code}"))
        .ToArray();
}
