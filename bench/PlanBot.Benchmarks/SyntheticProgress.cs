using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Benchmarks;

/// <summary>
/// Three years of made-up progress on a real plan: a roster spread over the five departments; two owners drawn per
/// sub-theme from its initiative's department (one when both draws hit the same person); and for every sub-theme one
/// to four reports in every quarter from FY2024 Q1 up to <c>current</c>. The current quarter's round is still open:
/// about three in four sub-themes have reported, so 未回答 has answers. The same seed gives the same data.
/// </summary>
internal sealed record SyntheticProgress(
    IReadOnlyList<Person> Roster,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Owners,
    IReadOnlyList<ProgressReport> Reports)
{
    public static readonly IReadOnlyList<string> Departments = ["産業振興部", "地域共創部", "総務国際部", "経営企画室", "SR-防災"];

    public static readonly FiscalQuarter FirstQuarter = new(2024, 1);

    // Two-character family names, so each one is a single phrase of the question vocabulary; 40 × 25 = 1,000 full names.
    private static readonly string[] FamilyNames =
    [
        "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "山口", "松本", "井上", "木村", "清水", "山崎", "池田", "橋本",
        "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷", "藤田",
        "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "斉藤", "福田", "太田", "西村",
    ];

    private static readonly string[] GivenNames =
    [
        "太郎", "花子", "一郎", "健太", "美咲", "翔太", "陽子", "大輔", "由美", "直樹",
        "恵子", "拓也", "真由", "浩二", "彩香", "和也", "裕子", "雄一", "亜希", "誠",
        "舞", "隆", "明美", "剛", "香織",
    ];

    // Weighted like a real round: mostly on track, a sixth delayed, a few done, stopped or not yet begun.
    private static readonly ProgressStatus[] StatusDraw =
    [
        ProgressStatus.OnTrack, ProgressStatus.OnTrack, ProgressStatus.OnTrack, ProgressStatus.OnTrack, ProgressStatus.OnTrack,
        ProgressStatus.OnTrack, ProgressStatus.AtRisk, ProgressStatus.AtRisk, ProgressStatus.Delayed, ProgressStatus.Delayed,
        ProgressStatus.Completed, ProgressStatus.NotStarted,
    ];

    private static readonly string?[] Comments =
    [
        null, null, "予定どおり進んでいます", "関係団体との調整に時間がかかっています", "会員企業へのヒアリングを実施",
        "予算の確定待ちです", "次期の実施に向けて準備中", "講師の都合で延期", "成果報告書を作成中",
    ];

    public static SyntheticProgress Generate(ActionPlan plan, int people, FiscalQuarter current, int seed)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var random = new Random(seed);
        var roster = Enumerable.Range(0, people).Select(MakePerson).ToList();
        var byDepartment = roster.GroupBy(p => p.Department ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var owners = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var reports = new List<ProgressReport>();
        foreach (var initiative in plan.Initiatives)
        {
            var pool = initiative.Department is { } department && byDepartment.TryGetValue(department, out var members) ? members : roster;
            foreach (var subTheme in initiative.SubThemes)
            {
                var first = pool[random.Next(pool.Count)];
                var second = pool[random.Next(pool.Count)];
                var owned = new[] { first.Email, second.Email }.Distinct(StringComparer.Ordinal).ToList();
                owners[subTheme.Key] = owned;
                AddReports(reports, subTheme.Key, owned, current, random);
            }
        }

        return new SyntheticProgress(roster, owners, reports);
    }

    private static Person MakePerson(int index)
    {
        var name = $"{FamilyNames[index % FamilyNames.Length]} {GivenNames[index / FamilyNames.Length % GivenNames.Length]}";

        // About one in twenty is a manager (21 is prime to the five departments, so every department has some).
        var role = index % 21 == 0 ? PersonRole.Manager : PersonRole.Member;
        return new Person(name, $"person{index:D4}@example.jp", null, Departments[index % Departments.Count], role);
    }

    private static void AddReports(List<ProgressReport> reports, string key, List<string> owners, FiscalQuarter current, Random random)
    {
        var percent = 0;
        for (var quarter = FirstQuarter; quarter <= current; quarter = quarter.Next)
        {
            if (quarter == current && random.Next(4) == 0)
            {
                continue;
            }

            var submissions = random.Next(1, 5);
            var reportedAt = JapanTime.At(quarter.End.AddDays(-30), new TimeOnly(9, 0));
            for (var i = 0; i < submissions; i++)
            {
                percent = Math.Min(100, percent + random.Next(0, 6));
                reportedAt = reportedAt.AddHours(random.Next(1, 120));
                reports.Add(new ProgressReport(
                    key, quarter, StatusDraw[random.Next(StatusDraw.Length)], percent,
                    Comments[random.Next(Comments.Length)], owners[random.Next(owners.Count)], reportedAt));
            }
        }
    }
}
