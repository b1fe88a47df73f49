using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Import;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;

namespace PlanBot.Teams.Tests.Digest;

/// <summary>
/// Digests of the real plan document (seeds/), built by the real <see cref="DigestBuilder"/> from a scripted week.
/// This digest is Monday 2027-01-04 09:00 JST (FY2026 Q4); the last one was Monday 2026-12-28 09:00; the 2026Q3 reminder
/// cycle opened 2026-12-22 and is still collecting answers.
/// </summary>
/// <remarks>
/// The script: in October 1-1 5-1 5-2 8-1 11-1 15-1 20-1 reported 2Q 順調. Before the last digest 1-1 stayed 順調,
/// 5-2 turned 要注意, 2-1 遅延 and 12-1 順調. Since: 5-2 turned 遅延 (地域 花子, with a comment), 8-1 遅延 (産業 二郎, with
/// a comment), 11-1 要注意 (総務 三郎, with a comment), 15-1 要注意 (管理 者, no comment), 20-1 完了 (防災 五郎), 21-1 完了
/// (its first report), and 1-1 was reported 順調 again with a comment. Everything else asked in the cycle is unanswered.
/// 15–19 have no 担当部署 in the plan and are assigned to 管理 者, who has no department either.
/// </remarks>
internal static class SeedWeek
{
    public static readonly FiscalQuarter CycleQuarter = FiscalQuarter.Parse("2026Q3");

    public static readonly DateTimeOffset PreviousDigest = Jst(2026, 12, 28, 9, 0);

    public static readonly DateTimeOffset Now = Jst(2027, 1, 4, 9, 0);

    public static readonly Person Ichiro = new("産業 一郎", "ichiro@example.jp", null, "産業振興部", PersonRole.Member);
    public static readonly Person Jiro = new("産業 二郎", "jiro@example.jp", null, "産業振興部", PersonRole.Member);
    public static readonly Person Hanako = new("地域 花子", "hanako@example.jp", null, "地域共創部", PersonRole.Member);
    public static readonly Person Taro = new("地域 太郎", "taro@example.jp", null, "地域共創部", PersonRole.Member);
    public static readonly Person Saburo = new("総務 三郎", "saburo@example.jp", null, "総務国際部", PersonRole.Member);
    public static readonly Person Shiro = new("企画 四郎", "shiro@example.jp", null, "経営企画室", PersonRole.Manager);
    public static readonly Person Goro = new("防災 五郎", "goro@example.jp", null, "SR-防災", PersonRole.Member);
    public static readonly Person Admin = new("管理 者", "admin@example.jp", null, null, PersonRole.Admin);

    /// <summary>Someone whose department has no initiative: a member digest with nothing in it.</summary>
    public static readonly Person Outsider = new("広報 六子", "rokuko@example.jp", null, "広報部", PersonRole.Member);

    public const string DelayComment = "農業法人との調整が長引いています";

    public static ActionPlan Plan { get; } = new PlanDocumentParser().Parse(File.ReadAllText(SeedPath())).Plan;

    public static PersonDirectory Roster { get; } = new([Ichiro, Jiro, Hanako, Taro, Saburo, Shiro, Goro, Admin, Outsider]);

    /// <summary>15–19 have no 担当部署 in the plan: 管理 者 is in charge of them.</summary>
    public static IReadOnlyList<OwnerAssignment> Assignments { get; } =
        [.. Enumerable.Range(15, 5).Select(i => new OwnerAssignment(i, null, Admin.Email))];

    public static Ownership Owners { get; } = Ownership.Resolve(Plan, Roster, Assignments);

    public static IReadOnlyList<ProgressReport> Reports { get; } =
    [
        Report("1-1", "2026Q2", ProgressStatus.OnTrack, 40, null, Ichiro, Jst(2026, 10, 5, 10, 0)),
        Report("5-1", "2026Q2", ProgressStatus.OnTrack, 50, null, Hanako, Jst(2026, 10, 5, 11, 0)),
        Report("5-2", "2026Q2", ProgressStatus.OnTrack, 40, null, Hanako, Jst(2026, 10, 6, 9, 0)),
        Report("8-1", "2026Q2", ProgressStatus.OnTrack, 30, null, Jiro, Jst(2026, 10, 6, 10, 0)),
        Report("11-1", "2026Q2", ProgressStatus.OnTrack, 50, null, Saburo, Jst(2026, 10, 7, 10, 0)),
        Report("15-1", "2026Q2", ProgressStatus.OnTrack, 30, null, Admin, Jst(2026, 10, 7, 11, 0)),
        Report("20-1", "2026Q2", ProgressStatus.OnTrack, 80, null, Goro, Jst(2026, 10, 8, 10, 0)),

        Report("1-1", "2026Q3", ProgressStatus.OnTrack, 60, "協議会の準備は予定どおりです", Ichiro, Jst(2026, 12, 22, 11, 0)),
        Report("5-2", "2026Q3", ProgressStatus.AtRisk, 45, "人員が不足しています", Hanako, Jst(2026, 12, 23, 14, 0)),
        Report("2-1", "2026Q3", ProgressStatus.Delayed, 20, "誘致先の選定が遅れています", Ichiro, Jst(2026, 12, 24, 10, 0)),
        Report("12-1", "2026Q3", ProgressStatus.OnTrack, 70, null, Saburo, Jst(2026, 12, 25, 10, 0)),

        Report("5-2", "2026Q3", ProgressStatus.Delayed, 50, DelayComment, Hanako, Jst(2026, 12, 28, 15, 0)),
        Report("8-1", "2026Q3", ProgressStatus.Delayed, 35, "実証先の工場の稼働が止まっています", Jiro, Jst(2026, 12, 28, 16, 0)),
        Report("11-1", "2026Q3", ProgressStatus.AtRisk, 55, "MOU先の担当者が交代しました", Saburo, Jst(2026, 12, 28, 17, 0)),
        Report("15-1", "2026Q3", ProgressStatus.AtRisk, 35, null, Admin, Jst(2026, 12, 28, 18, 0)),
        Report("20-1", "2026Q3", ProgressStatus.Completed, 100, "訓練を実施しました", Goro, Jst(2027, 1, 4, 8, 0)),
        Report("21-1", "2026Q3", ProgressStatus.Completed, 100, null, Hanako, Jst(2026, 12, 28, 19, 0)),
        Report("1-1", "2026Q3", ProgressStatus.OnTrack, 65, "次回の協議会は2月です", Jiro, Jst(2026, 12, 28, 20, 0)),
    ];

    /// <summary>The scripted week as the channel sees it (or as <paramref name="scope"/> sees it).</summary>
    public static WeeklyDigest Build(DigestScope? scope = null, ReminderCycleState cycle = ReminderCycleState.Open) =>
        Build(Reports, Roster, scope ?? DigestScope.Everything, cycle);

    /// <summary>
    /// A week of <paramref name="reports"/> by <paramref name="roster"/>'s people (15–19 assigned to 管理 者), the
    /// 2026Q3 cycle answered by every Q3 report up to <see cref="Now"/>; null <paramref name="cycle"/> for no cycle.
    /// </summary>
    public static WeeklyDigest Build(IReadOnlyList<ProgressReport> reports, PersonDirectory roster, DigestScope scope, ReminderCycleState? cycle)
    {
        var owners = Ownership.Resolve(Plan, roster, Assignments);
        return Builder.Build(new DigestInput(Plan, owners, reports, cycle is { } state ? Cycle(owners, reports, state) : null, PreviousDigest, Now, scope));
    }

    /// <summary>Nothing yet: no cycle, no reports, no previous digest, on <paramref name="day"/> (default 2026-11-30).</summary>
    public static WeeklyDigest Empty(DateOnly? day = null) =>
        Builder.Build(new DigestInput(Plan, Owners, [], null, null, JapanTime.At(day ?? new DateOnly(2026, 11, 30), new TimeOnly(9, 0)), DigestScope.Everything));

    private static DigestBuilder Builder { get; } = new(new BusinessCalendar());

    /// <summary>The 2026Q3 cycle, opened 2026-12-22, with every Q3 report up to <see cref="Now"/> recorded as an answer.</summary>
    private static ReminderCycle Cycle(Ownership owners, IReadOnlyList<ProgressReport> reports, ReminderCycleState state)
    {
        var asked = ReminderPlanner.Plan(Plan, owners, CycleQuarter, reports);
        var cycle = ReminderCycle.Open(null, asked, Jst(2026, 12, 22, 10, 0)).Cycle!;
        foreach (var report in reports.Where(r => r.Quarter == CycleQuarter && r.ReportedAt <= Now).OrderBy(r => r.ReportedAt))
        {
            cycle.RecordAnswers(new ProgressSubmission(SubmissionId.New(), CycleQuarter, report.ReporterEmail, report.ReportedAt, [report]));
        }

        if (state == ReminderCycleState.Closed)
        {
            cycle.Close(Now);
        }

        return cycle;
    }

    public static DateTimeOffset Jst(int year, int month, int day, int hour, int minute) =>
        JapanTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    public static ProgressReport Report(string key, string quarter, ProgressStatus status, int percent, string? comment, Person by, DateTimeOffset at) =>
        new(key, FiscalQuarter.Parse(quarter), status, percent, comment, by.Email, at);

    private static string SeedPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PlanBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException($"PlanBot.sln not found above {AppContext.BaseDirectory}.")
            : Path.Combine(directory.FullName, "seeds", "kyushu-keizai-action-plan-2024-2026.txt");
    }
}
