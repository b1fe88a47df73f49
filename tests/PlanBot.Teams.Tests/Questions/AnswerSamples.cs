using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Questions;

namespace PlanBot.Teams.Tests.Questions;

/// <summary>
/// Answers made the way PlanBot makes them: the real <see cref="QuestionParser"/>, <see cref="QueryEngine"/> and
/// <see cref="AnswerBuilder"/> run over a hand-built plan with progress. <see cref="Small"/> is shaped like the real plan
/// (titles, departments and strategy numbers taken from it); <see cref="Large"/> is the largest realistic plan, all 35
/// sub-themes with long titles, long plan text and long comments. "Today" is 2026-11-28 JST (current quarter 2026Q3).
/// </summary>
internal static class AnswerSamples
{
    public static readonly DateOnly Today = new(2026, 11, 28);
    public static readonly FiscalQuarter Current = new(2026, 3);

    public static readonly Person Tanaka = new("田中 太郎", "tanaka@example.jp", null, "産業振興部", PersonRole.Member);
    public static readonly Person Sato = new("佐藤 花子", "sato@example.jp", null, "産業振興部", PersonRole.Member);
    public static readonly Person Suzuki = new("鈴木 一郎", "suzuki@example.jp", null, "地域共創部", PersonRole.Member);
    public static readonly Person Takahashi = new("高橋 次郎", "takahashi@example.jp", null, "総務国際部", PersonRole.Member);
    public static readonly Person Ito = new("伊藤 三郎", "ito@example.jp", null, "経営企画室", PersonRole.Member);
    public static readonly Person Watanabe = new("渡辺 明", "watanabe@example.jp", null, "SR-防災", PersonRole.Member);
    public static readonly Person Yamamoto = new("山本 浩", "yamamoto@example.jp", null, "経営企画室", PersonRole.Manager);

    public static readonly IReadOnlyList<string> Departments = ["産業振興部", "地域共創部", "総務国際部", "経営企画室", "SR-防災"];

    private static readonly IReadOnlyList<Person> SmallPeople = [Tanaka, Sato, Suzuki, Takahashi, Ito, Watanabe, Yamamoto];

    /// <summary>The small plan; <paramref name="comment5"/> replaces the comment of the latest report on 5-1 (講師の都合で延期).</summary>
    public static QueryData Small(string comment5 = "講師の都合で延期") => new(
        SmallPlan(),
        [
            Report("1-1", 2, ProgressStatus.OnTrack, 50, null, Tanaka, 7, 5),
            Report("1-1", 3, ProgressStatus.Delayed, 40, "装置の納期が遅れています", Tanaka, 11, 10),
            Report("2-1", 2, ProgressStatus.AtRisk, 30, "誘致先の検討に時間がかかっています", Sato, 7, 8),
            Report("3-1", 3, ProgressStatus.Completed, 100, "5社の実装支援を完了", Sato, 11, 12),
            Report("4-1", 3, ProgressStatus.Delayed, 20, "フェア日程の変更", Suzuki, 11, 14),
            Report("4-2", 3, ProgressStatus.NotStarted, 0, null, Suzuki, 11, 14),
            Report("5-1", 3, ProgressStatus.OnTrack, 30, "研究会を開催", Suzuki, 10, 1),
            Report("5-1", 3, ProgressStatus.Delayed, 10, comment5, Suzuki, 11, 20),
            Report("12-1", 3, ProgressStatus.OnTrack, 70, null, Takahashi, 11, 2),
            Report("14-1", 3, ProgressStatus.Cancelled, 0, "方針変更のため中止", Ito, 11, 3),
            Report("20-1", 3, ProgressStatus.OnTrack, 55, null, Watanabe, 11, 19),
        ],
        SmallPeople,
        Current,
        new Dictionary<string, IReadOnlyList<string>> { ["13-1"] = ["suzuki@example.jp"] });

    /// <summary>
    /// 25 initiatives and 35 sub-themes over 9 strategies, three owners each (105 people), long titles and plan text,
    /// and a <paramref name="commentLength"/>-character comment on every report; the odd sub-themes have not reported
    /// for 2026Q3, so 未回答 lists dozens of people.
    /// </summary>
    public static QueryData Large(int commentLength = 500)
    {
        var strategies = new List<Strategy>();
        var people = new List<Person> { Yamamoto };
        var owners = new Dictionary<string, IReadOnlyList<string>>();
        var reports = new List<ProgressReport>();
        var statuses = ProgressStatusNames.All;
        var subThemeCount = 0;
        for (var strategy = 1; strategy <= 9; strategy++)
        {
            var initiatives = new List<Initiative>();
            for (var number = strategy * 3 - 2; number <= Math.Min(strategy * 3, 25); number++)
            {
                var department = Departments[number % Departments.Count];
                var subThemes = new List<SubTheme>();
                for (var index = 1; index <= (number <= 10 ? 2 : 1); index++)
                {
                    var key = SubTheme.FormatKey(number, index);
                    subThemeCount++;
                    var keyOwners = Enumerable.Range(1, 3)
                        .Select(n => new Person($"担当者{subThemeCount:00}-{n} 名前長め", $"p{subThemeCount}-{n}@example.jp", null, department, PersonRole.Member))
                        .ToList();
                    people.AddRange(keyOwners);
                    owners[key] = [.. keyOwners.Select(p => p.Email)];
                    var status = statuses[subThemeCount % statuses.Count];
                    reports.Add(Report(key, 2, status, subThemeCount % 10 * 10, LongComment(commentLength), keyOwners[0], 10, 5));
                    if (subThemeCount % 2 == 0)
                    {
                        reports.Add(Report(key, 3, status, subThemeCount % 10 * 10 + 5, LongComment(commentLength), keyOwners[1], 11, 20));
                    }

                    subThemes.Add(new SubTheme(number, index, index == 1 ? null : $"②サブテーマ{index}の名称をやや長めに記載", [
                        Cell(PlanPeriod.YearActions(2026), [.. Enumerable.Range(1, 14).Select(i => $"■{number}-{index}の{i}番目の活動として、関係機関と連携した取組を年度内に計画的に実施し成果を報告")]),
                        Cell(PlanPeriod.YearKgi(2026), [.. Enumerable.Range(1, 12).Select(i => $"◎{number}-{index}の目標{i}: 参加企業数 年間30社以上、満足度80%以上を達成")]),
                    ]));
                }

                initiatives.Add(new Initiative(number, $"九州地域における第{number}の重点的な取組として、産学官の連携により地域産業の持続的な成長を支援する事業", department, strategy, subThemes));
            }

            strategies.Add(new Strategy(strategy, $"重点戦略{strategy}: 地域の経済と暮らしを支える持続可能な産業基盤の強化と人材の育成", initiatives));
        }

        var plan = new ActionPlan("第2期中期事業計画 アクションプラン", [PlanPeriod.YearActions(2026), PlanPeriod.YearKgi(2026)], strategies);
        return new QueryData(plan, reports, people, Current, owners);
    }

    /// <summary>Parses and answers <paramref name="question"/> as PlanBot does for <paramref name="asker"/>.</summary>
    public static Answer Ask(QueryData data, string question, Person asker)
    {
        var vocabulary = new QuestionVocabulary(
            data.Plan.Initiatives.Select(i => i.Department).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            data.Plan.Initiatives.Select(i => new InitiativeName(i.Number, i.Title)).ToList(),
            data.Roster);
        var query = QuestionParser.Parse(question, new QuestionContext(Today, vocabulary, asker));
        return AnswerBuilder.Build(QueryEngine.Execute(query, data, asker));
    }

    /// <summary>Japanese prose with the characters JSON and markdown care about, which the serializer must escape.</summary>
    private static string LongComment(int length)
    {
        const string Sentence = "関係機関との調整に想定より時間を要しており、次期に向けて「計画の見直し」と<日程>の再設定&共有を進めています。";
        return string.Concat(Enumerable.Repeat(Sentence, length / Sentence.Length + 1))[..length];
    }

    private static ProgressReport Report(string key, int quarter, ProgressStatus status, int percent, string? comment, Person reporter, int month, int day)
    {
        var year = month <= 3 ? 2027 : 2026;
        return new ProgressReport(key, new FiscalQuarter(2026, quarter), status, percent, comment, reporter.Email,
            new DateTimeOffset(year, month, day, 1, 0, 0, TimeSpan.Zero));
    }

    private static PlanCell Cell(PlanPeriod period, params string[] items) =>
        new(period, items.Select(t => new PlanItem(t.StartsWith('◎') ? PlanItemMarker.Target : PlanItemMarker.Action, t.TrimStart('■', '◎'))).ToList());

    private static ActionPlan SmallPlan()
    {
        static SubTheme Sub(int initiative, int index, string? label, string plan2026, string kgi2026) =>
            new(initiative, index, label, [Cell(PlanPeriod.YearActions(2026), plan2026), Cell(PlanPeriod.YearKgi(2026), kgi2026)]);

        static Initiative Init(int number, string title, string department, int strategy, params SubTheme[] subThemes) =>
            new(number, title, department, strategy, subThemes);

        return new ActionPlan(
            "第2期中期事業計画 アクションプラン",
            [PlanPeriod.YearActions(2026), PlanPeriod.YearKgi(2026)],
            [
                new Strategy(1, "「新生シリコンアイランド九州」の実現", [
                    Init(1, "九州地域戦略会議と連携した「新生シリコンアイランド九州」の実現", "産業振興部", 1,
                        Sub(1, 1, null, "■課題解決に向けたWG活動", "◎課題解決 1件以上/年")),
                    Init(2, "半導体関連企業および半導体ユーザー企業の誘致・育成支援", "産業振興部", 1,
                        Sub(2, 1, null, "■戦略会議の結果に基づいた企業誘致活動", "◎日台協業案件10件(累計)")),
                ]),
                new Strategy(2, "各産業の高度化・持続可能性向上・成長支援", [
                    Init(3, "九州全域での中小・中堅企業に対するDX支援の推進", "産業振興部", 2,
                        Sub(3, 1, null, "■中小企業のDX実装支援", "◎DX実装支援 5社/年")),
                    Init(4, "食品の輸出拡大に向けた官民共同プロモーションによる各種輸出フェア等の連携実施", "地域共創部", 2,
                        Sub(4, 1, "①輸出フェア", "■海外フェアへの出展", "◎商談件数 50件"),
                        Sub(4, 2, "②販路開拓", "■現地バイヤーの招へい", "◎成約 10件")),
                ]),
                new Strategy(3, "GX推進および将来にわたって産業と生活を支えるエネルギーの安定供給に資する取組み", [
                    Init(5, "地域企業の環境経営の支援", "地域共創部", 3,
                        Sub(5, 1, null, "■水素等脱炭素技術の社会実装に向けた取組(CN推進研究会)", "◎研究会 4回/年")),
                ]),
                new Strategy(5, "アジア地域諸国・世界との連携強化", [
                    Init(12, "他団体と連携したMICE等誘致支援", "総務国際部", 5,
                        Sub(12, 1, null, "■誘致案内メール(mail)の送付", "◎誘致件数 3件")),
                ]),
                new Strategy(6, "産学官連携による高度専門人材の育成支援", [
                    Init(13, "先導的ICT人材育成事業(インターンシップ)の推進・拡大", "産業振興部", 6,
                        Sub(13, 1, null, "■受入企業の拡大", "◎参加学生 100名")),
                ]),
                new Strategy(7, "九州地域の経済・産業の活性化による所得・給与向上の取組み", [
                    Init(14, "適正な価格転嫁による成長と分配の好循環の実現", "経営企画室", 7,
                        Sub(14, 1, null, "■価格転嫁の実態調査", "◎調査報告 1件")),
                ]),
                new Strategy(10, "地域の暮らしと産業を守る防災・減災機能の高度化支援", [
                    Init(20, "広域連携による地域のレジリエンス強化", "SR-防災", 10,
                        Sub(20, 1, null, "■企業BCPの策定支援", "◎BCP策定 20社")),
                ]),
            ]);
    }
}
