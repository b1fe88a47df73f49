using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Reminders;

namespace PlanBot.Teams.Tests.Reminders;

/// <summary>Reminder card models with realistic, long Japanese content, sized like the federation's action plan.</summary>
internal static class ReminderCardSamples
{
    public static readonly FiscalQuarter Quarter = new(2025, 3);

    public static readonly DateOnly Deadline = new(2025, 12, 26);

    public static readonly DateTimeOffset ReportedAt = new(2025, 12, 18, 5, 5, 0, TimeSpan.Zero);

    private static readonly string[] Titles =
    [
        "九州地域戦略会議と連携した「新生シリコンアイランド九州」の実現",
        "半導体関連企業および半導体ユーザー企業の誘致・育成支援",
        "九州・沖縄の産業を支える人材の確保・育成と多様な人材が活躍できる環境づくり",
        "観光・インバウンドの推進による交流人口の拡大と地域経済の活性化",
        "広域データ連携基盤の構築とデジタル技術を活用した地域課題の解決",
    ];

    private static readonly string[] Actions =
    [
        "■課題解決に向けたWG活動(WG追加・削除を2Q末までに検討し、必要に応じて体制を見直す)",
        "■戦略会議への提言と活動内容報告(九州地域戦略会議の幹事会・本会議の場を活用)",
        "■戦略会議の結果に基づいた企業誘致活動(サプライチェーンの上流企業、特にソフトウェア・AI関連)",
        "○台湾等諸外国・地域との交流、日台協業の促進に向けた視察団の派遣と受け入れ",
        "■広域連携のパーソナルデータを活用したユースケースの検討・決定とPoCの実施",
    ];

    private static readonly string[] Kgis =
    [
        "◎課題解決 1件以上/年",
        "◎日台協業案件5件(累計)、新規参画企業10社以上",
    ];

    private const string LongComment =
        "協議会のWGを予定どおり開催し、課題を3件に整理しました。一方で、関係機関との日程調整に時間を要し、" +
        "提言のとりまとめが1か月ほど遅れています。次の四半期は幹事会で論点を絞り込み、1月末までに素案を提示します。" +
        "なお、予算面の制約から視察団の派遣は来年度に見送る方向で調整中です。";

    /// <summary>
    /// An owner with <paramref name="initiatives"/> initiatives of <paramref name="subThemes"/> sub-themes each, every one
    /// with the year's action plan (one to four long lines; the seed's FY2025 cells average about 90 characters with the
    /// KGI, these about 150) and KGI, a last report and, if asked, this quarter's answer with a long comment.
    /// </summary>
    public static ReminderCardModel Owner(int initiatives, int subThemes, bool answered = false)
    {
        var items = new List<ReminderCardItem>();
        for (var i = 1; i <= initiatives; i++)
        {
            for (var s = 1; s <= subThemes; s++)
            {
                var n = (i * 7) + s;
                items.Add(new ReminderCardItem(
                    SubTheme.FormatKey(i, s),
                    i,
                    Titles[i % Titles.Length],
                    subThemes == 1 ? null : $"{"①②③④⑤"[s - 1]}【{Titles[n % Titles.Length][..12]}に関する取組】",
                    [
                        new PlanExcerpt(PlanPeriod.YearActions(2025), [.. Enumerable.Range(0, 1 + (n % 4)).Select(k => Actions[(n + k) % Actions.Length])]),
                        new PlanExcerpt(PlanPeriod.YearKgi(2025), Kgis),
                    ])
                {
                    LastReport = new ReportedProgress(ProgressStatus.AtRisk, 40, LongComment, Quarter.Previous, "山田 花子", ReportedAt.AddDays(-90)),
                    CurrentAnswer = answered ? new ReportedProgress(ProgressStatus.Delayed, 55, LongComment, Quarter, "山田 花子", ReportedAt) : null,
                });
            }
        }

        return new ReminderCardModel("山田 花子", Quarter, Deadline, "cycle-2025Q3", "card-0001", items)
        {
            RefreshUserId = "29:1a2b3c4d5e6f7g8h9i0j-kLmNoPqRsTuVwXyZ",
        };
    }

    /// <summary>
    /// The heaviest card PlanBot can draw: <paramref name="count"/> items (five per initiative), each with four long
    /// action lines and two KGI lines (above the seed's longest cell), a sub-theme label, a last report, a recorded answer
    /// whose comment is as long as allowed, and an error on every input.
    /// </summary>
    public static ReminderCardModel WorstCase(int count)
    {
        var longComment = string.Concat(Enumerable.Repeat(LongComment, (ReminderTexts.MaxCommentLength / LongComment.Length) + 1))[..ReminderTexts.MaxCommentLength];
        var items = Enumerable.Range(0, count).Select(k =>
        {
            var (i, s) = ((k / 5) + 1, (k % 5) + 1);
            return new ReminderCardItem(
                SubTheme.FormatKey(i, s),
                i,
                Titles[2] + Titles[i % Titles.Length],
                $"{"①②③④⑤"[s - 1]}【{Titles[(i + s) % Titles.Length]}】",
                [
                    new PlanExcerpt(PlanPeriod.YearActions(2025), [.. Enumerable.Range(0, 4).Select(j => Actions[(k + j) % Actions.Length])]),
                    new PlanExcerpt(PlanPeriod.YearKgi(2025), Kgis),
                ])
            {
                LastReport = new ReportedProgress(ProgressStatus.AtRisk, 40, longComment, Quarter.Previous, "山田 花子", ReportedAt.AddDays(-90)),
                CurrentAnswer = new ReportedProgress(ProgressStatus.Delayed, 55, longComment, Quarter, "山田 花子", ReportedAt),
            };
        }).ToList();
        var problems = new[] { AnswerProblem.StatusUnknown, AnswerProblem.PercentOutOfRange, AnswerProblem.CommentTooLong };
        return new ReminderCardModel("山田 花子", Quarter, Deadline, "cycle-2025Q3", "card-0001", items)
        {
            RefreshUserId = "29:1a2b3c4d5e6f7g8h9i0j-kLmNoPqRsTuVwXyZ",
            Record = new ReminderCardRecord("山田 花子", ReportedAt),
            Entries = [.. items.Select(i => new ProgressEntry(i.SubThemeKey, "遅延", "100", longComment))],
            Errors = [.. items.SelectMany(i => problems.Select(p => new AnswerError(i.SubThemeKey, p)))],
        };
    }

    /// <summary>A small FY2024 card: quarter actions, one split initiative and one that does not split.</summary>
    public static ReminderCardModel Small() => new(
        "佐藤 一郎",
        new FiscalQuarter(2024, 3),
        new DateOnly(2024, 12, 26),
        "cycle-2024Q3",
        "card-0042",
        [
            new ReminderCardItem("1-1", 1, Titles[0], null, [new PlanExcerpt(PlanPeriod.QuarterActions(2024, 3), [Actions[0], Actions[1]])]),
            new ReminderCardItem("5-2", 5, Titles[4], "②データ連携基盤の仕様・運営方法の検討", [new PlanExcerpt(PlanPeriod.QuarterActions(2024, 3), [Actions[4]])])
            {
                LastReport = new ReportedProgress(ProgressStatus.OnTrack, 30, "順調です。", new FiscalQuarter(2024, 2), "佐藤 一郎", ReportedAt.AddYears(-1)),
            },
        ]);
}
