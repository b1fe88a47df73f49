using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Domain.Tests.People;

namespace PlanBot.Domain.Tests.Digest;

/// <summary>
/// A scripted week on the hand-built sample plan. The last digest was Monday 2026-12-28 09:00 JST; this one is Monday
/// 2027-01-04 09:00 (FY2026 Q4), while the 2026Q3 cycle (opened 2026-12-22) is still collecting answers.
/// Besides the department rule, 13 (SR-防災, nobody on the roster) is assigned to 総務 三郎 and 17 to 管理 者.
/// </summary>
/// <remarks>
/// The script: in October everyone reported 2Q (1-1 遅延, 5-2 要注意, the rest 順調; 13-1 at 20%). Before the last
/// digest 1-1 stayed 遅延, 5-1 順調, 14-1 became 要注意. Since: 5-1 turned 遅延 (地域 次郎), 5-2 完了 (地域 花子),
/// 20-1 要注意 (管理 者), 1-1 and 14-1 reported again unchanged; 13-1, 17-1 and 17-2 are still unanswered.
/// A 17-1 report dated after now must be ignored.
/// </remarks>
internal static class DigestScenario
{
    public static readonly FiscalQuarter CycleQuarter = FiscalQuarter.Parse("2026Q3");

    public static DateTimeOffset PreviousDigest { get; } = Jst(2026, 12, 28, 9, 0);

    public static DateTimeOffset Now { get; } = Jst(2027, 1, 4, 9, 0);

    public const string LongComment = "担い手の確保が想定より遅れています。\n来期に向けて、地域の農業法人と副業人材のマッチング方法を見直し、説明会を追加で開く予定です。";

    public static Ownership Ownership { get; } = Ownership.Resolve(
        SamplePlan.Plan,
        SamplePlan.Roster,
        [new OwnerAssignment(13, null, SamplePlan.Soumu.Email), new OwnerAssignment(17, null, SamplePlan.Admin.Email)]);

    public static IReadOnlyList<ProgressReport> Reports { get; } =
    [
        Report("1-1", "2026Q2", ProgressStatus.Delayed, 30, "協議会の日程が未定です", SamplePlan.Sangyo1, Jst(2026, 10, 5, 10, 0)),
        Report("5-1", "2026Q2", ProgressStatus.OnTrack, 50, null, SamplePlan.Chiiki1, Jst(2026, 10, 5, 11, 0)),
        Report("5-2", "2026Q2", ProgressStatus.AtRisk, 40, "人員が不足しています", SamplePlan.Chiiki1, Jst(2026, 10, 6, 9, 30)),
        Report("13-1", "2026Q2", ProgressStatus.OnTrack, 20, null, SamplePlan.Soumu, Jst(2026, 10, 6, 10, 0)),
        Report("14-1", "2026Q2", ProgressStatus.OnTrack, 60, null, SamplePlan.Soumu, Jst(2026, 10, 6, 10, 0)),
        Report("20-1", "2026Q2", ProgressStatus.OnTrack, 70, null, SamplePlan.Admin, Jst(2026, 10, 7, 15, 0)),

        Report("1-1", "2026Q3", ProgressStatus.Delayed, 45, "部材調達が遅れています", SamplePlan.Sangyo1, Jst(2026, 12, 22, 11, 0)),
        Report("5-1", "2026Q3", ProgressStatus.OnTrack, 70, null, SamplePlan.Chiiki1, Jst(2026, 12, 23, 14, 0)),
        Report("14-1", "2026Q3", ProgressStatus.AtRisk, 50, "先方の予定を調整中です", SamplePlan.Soumu, Jst(2026, 12, 24, 10, 0)),

        Report("5-1", "2026Q3", ProgressStatus.Delayed, 70, LongComment, SamplePlan.Chiiki2, Jst(2026, 12, 28, 15, 0)),
        Report("5-2", "2026Q3", ProgressStatus.Completed, 100, "モデル事業の報告書を提出しました", SamplePlan.Chiiki1, Jst(2026, 12, 28, 16, 0)),
        Report("20-1", "2026Q3", ProgressStatus.AtRisk, 60, "予算の確定待ちです", SamplePlan.Admin, Jst(2026, 12, 29, 10, 0)),
        Report("1-1", "2026Q3", ProgressStatus.Delayed, 50, "引き続き調整中です", SamplePlan.Sangyo2, Jst(2026, 12, 30, 10, 0)),
        Report("14-1", "2026Q3", ProgressStatus.AtRisk, 55, "  ", SamplePlan.Soumu, Jst(2026, 12, 30, 11, 0)),

        Report("17-1", "2026Q3", ProgressStatus.Completed, 100, "明日の報告", SamplePlan.Admin, Jst(2027, 1, 5, 10, 0)),
    ];

    /// <summary>The 2026Q3 cycle with every Q3 report up to now recorded as an answer.</summary>
    public static ReminderCycle Cycle(bool withAnswers = true)
    {
        var asked = ReminderPlanner.Plan(SamplePlan.Plan, Ownership, CycleQuarter, Reports);
        var cycle = ReminderCycle.Open(null, asked, Jst(2026, 12, 22, 10, 0)).Cycle!;
        if (withAnswers)
        {
            foreach (var report in Reports.Where(r => r.Quarter == CycleQuarter && r.ReportedAt <= Now))
            {
                cycle.RecordAnswers(new ProgressSubmission(SubmissionId.New(), CycleQuarter, report.ReporterEmail, report.ReportedAt, [report]));
            }
        }

        return cycle;
    }

    public static DigestInput Input(DigestScope? scope = null, ReminderCycle? cycle = null) =>
        new(SamplePlan.Plan, Ownership, Reports, cycle ?? Cycle(), PreviousDigest, Now, scope ?? DigestScope.Everything);

    public static WeeklyDigest Build(DigestInput input, DigestLimits? limits = null) =>
        new DigestBuilder(new BusinessCalendar(), limits ?? DigestLimits.Default).Build(input);

    public static DateTimeOffset Jst(int year, int month, int day, int hour, int minute) =>
        JapanTime.At(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    private static ProgressReport Report(string key, string quarter, ProgressStatus status, int percent, string? comment, Person by, DateTimeOffset at) =>
        new(key, FiscalQuarter.Parse(quarter), status, percent, comment, by.Email, at);
}
