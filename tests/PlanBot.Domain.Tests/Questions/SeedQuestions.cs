using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Questions;
using PlanBot.Domain.Tests.Import;

namespace PlanBot.Domain.Tests.Questions;

/// <summary>
/// The real plan (seeds/, 22 initiatives, 35 sub-themes) with a small roster and three quarters of reports, for asking
/// questions the way people do. Today is Saturday 2026-11-28 JST: 今期 is 2026Q3, 先週から is from 2026-11-21.
/// <para>
/// Departments: 産業振興部 1 2 3 7 8 9 10 13, 地域共創部 4 5 6 21 22, 総務国際部 11 12, 経営企画室 14, SR-防災 20, none
/// 15–19. Two people are called 佐藤. Owners assigned by name: 13 and 19 鈴木, 15 伊藤, 17 and 18 小林, 21-1 佐藤 健,
/// 21-2 鈴木; 16 has nobody.
/// </para>
/// <para>
/// Latest statuses: 遅延 1 4 5-3 7-3 13 17 20-2 22-2; 要注意 2 5-2 9 12 18 20-5 21-2; 完了 3 20-3 22-5; 中止 14; 未着手 19
/// 20-4; the rest 順調. 2-1, 10-1, 13-1, 16-1 and 22-4 have not reported for 2026Q3. From 2026Q2 to Q3 got worse: 1 5 7 9
/// 18 20 21; better: 3 8 20 22. Reported since 11-21 with a new status: 1 5 9 20 (17 again, unchanged). 遅延 two
/// quarters running: 4 17 22; three: 4. 要注意 two running: 12 20.
/// </para>
/// </summary>
internal static class SeedQuestions
{
    public static readonly DateOnly Today = new(2026, 11, 28);
    public static readonly FiscalQuarter Current = new(2026, 3);

    public static readonly Person Tanaka = new("田中 太郎", "tanaka@example.jp", null, "産業振興部", PersonRole.Member);
    public static readonly Person SatoHanako = new("佐藤 花子", "sato.hanako@example.jp", null, "産業振興部", PersonRole.Member);
    public static readonly Person SatoKen = new("佐藤 健", "sato.ken@example.jp", null, "地域共創部", PersonRole.Member);
    public static readonly Person Suzuki = new("鈴木 一郎", "suzuki@example.jp", null, "地域共創部", PersonRole.Member);
    public static readonly Person Takahashi = new("高橋 美咲", "takahashi@example.jp", null, "総務国際部", PersonRole.Member);
    public static readonly Person Ito = new("伊藤 誠", "ito@example.jp", null, "経営企画室", PersonRole.Member);
    public static readonly Person Watanabe = new("渡辺 明美", "watanabe@example.jp", null, "SR-防災", PersonRole.Member);
    public static readonly Person Yamamoto = new("山本 浩", "yamamoto@example.jp", null, "経営企画室", PersonRole.Manager);
    public static readonly Person Nakamura = new("中村 優", "nakamura@example.jp", null, null, PersonRole.Admin);
    public static readonly Person Kobayashi = new("小林 直樹", "kobayashi@example.jp", null, null, PersonRole.Member);
    public static readonly Person Kato = new("加藤 裕子", "kato@example.jp", null, "地域共創部", PersonRole.Manager);

    public static IReadOnlyList<Person> People { get; } =
        [Tanaka, SatoHanako, SatoKen, Suzuki, Takahashi, Ito, Watanabe, Yamamoto, Nakamura, Kobayashi, Kato];

    public static ActionPlan Plan { get; } = SeedDocument.Parse().Plan;

    public static IReadOnlyList<int> AllInitiatives { get; } = [.. Plan.Initiatives.Select(i => i.Number)];

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Owners { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["13-1"] = [Suzuki.Email],
        ["15-1"] = [Ito.Email],
        ["17-1"] = [Kobayashi.Email],
        ["18-1"] = [Kobayashi.Email],
        ["19-1"] = [Suzuki.Email],
        ["21-1"] = [SatoKen.Email],
        ["21-2"] = [Suzuki.Email],
    };

    /// <summary>Per sub-theme: the status of 2026 Q1, Q2 and Q3 (O 順調, D 遅延, R 要注意, N 未着手, C 完了, X 中止, - none), the November day of the Q3 report, and its comment.</summary>
    private static readonly (string Key, string States, int Day, string? Comment)[] Rounds =
    [
        ("1-1", "OOD", 25, "装置メーカーとの協議が長引いています"),
        ("2-1", "OR-", 0, null),
        ("3-1", "OOC", 12, "5社の実装支援を完了しました"),
        ("4-1", "DDD", 14, "海外フェアの日程変更で遅れています"),
        ("5-1", "OOO", 5, null),
        ("5-2", "NNR", 9, "副業認可の調整が難航しています"),
        ("5-3", "OOD", 24, "実証圃場が確保できていません"),
        ("6-1", "OOO", 6, "木造ビル見学会を実施しました"),
        ("7-1", "OOO", 3, null),
        ("7-2", "--O", 4, null),
        ("7-3", "ORD", 13, "CN推進研究会の開催が遅れています"),
        ("8-1", "DDO", 11, "佐賀・大分との協議が再開しました"),
        ("9-1", "OOR", 22, "原子力関連の調査が遅れ気味です"),
        ("10-1", "OO-", 0, null),
        ("11-1", "OOO", 7, null),
        ("12-1", "ORR", 15, "国際会議の誘致先が未定です"),
        ("13-1", "OD-", 0, null),
        ("14-1", "OOX", 3, "方針変更のため中止"),
        ("15-1", "OOO", 8, "WE-Net九州への刷新を準備中"),
        ("16-1", "---", 0, null),
        ("17-1", "ODD", 27, "データ連携基盤の仕様が未確定"),
        ("18-1", "OOR", 16, "認証IDの調達が遅れそうです"),
        ("19-1", "NNN", 2, null),
        ("20-1", "OOO", 10, null),
        ("20-2", "OOD", 26, "落雷予測の実証が遅延しています"),
        ("20-3", "OOC", 12, "防災サービスの実装を完了"),
        ("20-4", "--N", 12, null),
        ("20-5", "ORR", 12, "パートナー企業の参加が少ない"),
        ("21-1", "OOO", 18, "大会ボランティアを募集中です"),
        ("21-2", "OOR", 19, "地域活性化施策の予算が未確定"),
        ("22-1", "OOO", 9, null),
        ("22-2", "ODD", 9, "外国人材の受入れ調整が遅れています"),
        ("22-3", "OOO", 9, null),
        ("22-4", "---", 0, null),
        ("22-5", "OOC", 9, "健康DXモデルの実証を完了"),
    ];

    public static IReadOnlyList<ProgressReport> Reports { get; } = BuildReports();

    public static QueryData Data { get; } = new(Plan, Reports, People, Current, Owners);

    public static QuestionVocabulary Vocabulary { get; } = QuestionContext.VocabularyOf(Plan, People);

    public static QuestionContext Context(Person asker) => new(Today, Vocabulary, asker);

    public static QueryResult Ask(string question, Person asker) =>
        QueryEngine.Execute(QuestionParser.Parse(question, Context(asker)), Data, asker);

    public static Answer Answer(string question, Person asker) => AnswerBuilder.Build(Ask(question, asker));

    /// <summary>Who is in charge of an initiative (as the engine resolves it), for checking what a member may see.</summary>
    public static bool MaySee(Person asker, int initiative)
    {
        var plan = Plan.Initiatives.Single(i => i.Number == initiative);
        return asker.Role is PersonRole.Manager or PersonRole.Admin
            || (asker.Department is { } d && plan.Department == d)
            || plan.SubThemes.Any(s => Data.OwnersOf(plan, s).Any(o => o.Email == asker.Email));
    }

    private static List<ProgressReport> BuildReports()
    {
        var reports = new List<ProgressReport>();
        foreach (var (key, states, day, comment) in Rounds)
        {
            var reporter = ReporterOf(key);
            for (var quarter = 1; quarter <= 3; quarter++)
            {
                if (StatusOf(states[quarter - 1]) is not { } status)
                {
                    continue;
                }

                var sent = quarter == 3
                    ? new DateTimeOffset(2026, 11, day, 1, 0, 0, TimeSpan.Zero)
                    : new DateTimeOffset(2026, (quarter * 3) + 3, 5, 1, 0, 0, TimeSpan.Zero);
                var percent = status == ProgressStatus.Completed ? 100 : (quarter * 20) + (key.Length * 3);
                reports.Add(new ProgressReport(key, new FiscalQuarter(2026, quarter), status, percent, quarter == 3 ? comment : null, reporter, sent));
            }
        }

        // 9-1 was first sent as on track in Q3, then at risk on the 22nd; 17-1 was sent twice in Q3, both delayed.
        reports.Add(new ProgressReport("9-1", Current, ProgressStatus.OnTrack, 60, "順調に進んでいます", ReporterOf("9-1"),
            new DateTimeOffset(2026, 11, 10, 1, 0, 0, TimeSpan.Zero)));
        reports.Add(new ProgressReport("17-1", Current, ProgressStatus.Delayed, 30, "仕様の検討中", ReporterOf("17-1"),
            new DateTimeOffset(2026, 11, 10, 1, 0, 0, TimeSpan.Zero)));
        return reports;
    }

    private static string ReporterOf(string key)
    {
        if (Owners.TryGetValue(key, out var owners))
        {
            return owners[0];
        }

        var department = Plan.Initiatives.Single(i => $"{i.Number}-" == key[..(key.IndexOf('-', StringComparison.Ordinal) + 1)]).Department;
        return People.FirstOrDefault(p => p.Department == department)?.Email ?? Nakamura.Email;
    }

    private static ProgressStatus? StatusOf(char code) => code switch
    {
        'O' => ProgressStatus.OnTrack,
        'D' => ProgressStatus.Delayed,
        'R' => ProgressStatus.AtRisk,
        'N' => ProgressStatus.NotStarted,
        'C' => ProgressStatus.Completed,
        'X' => ProgressStatus.Cancelled,
        _ => null,
    };
}
