using PlanBot.Domain.Calendar;
using PlanBot.Domain.Export;
using PlanBot.Domain.Import;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Export.Tests;

/// <summary>
/// The seed plan with a small roster and two quarters of reports (2026Q2 and Q3), asked for 2026Q3 on 2026-11-30 JST:
/// each sub-theme of initiatives 1–12 reported in Q2; in Q3 every other one, cycling through the statuses, some twice.
/// 経営企画室's admin sees everything; 地域共創部's member their department only.
/// </summary>
internal static class SeedPaper
{
    public static readonly FiscalQuarter Quarter = FiscalQuarter.Parse("2026Q3");

    public static readonly DateTimeOffset Now = JapanTime.At(new DateOnly(2026, 11, 30), new TimeOnly(14, 5));

    public static readonly Person Admin = new("佐藤 次郎", "sato@example.jp", null, "経営企画室", PersonRole.Admin);

    public static readonly Person Sangyo = new("田中 一郎", "tanaka@example.jp", null, "産業振興部", PersonRole.Member);

    public static readonly Person Chiiki = new("鈴木 花子", "suzuki@example.jp", null, "地域共創部", PersonRole.Member);

    public static readonly Person Soumu = new("高橋 三郎", "takahashi@example.jp", null, "総務国際部", PersonRole.Member);

    public static ActionPlan Plan { get; } = new PlanDocumentParser().Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "kyushu-keizai-action-plan-2024-2026.txt"))).Plan;

    public static PersonDirectory Roster { get; } = new([Admin, Sangyo, Chiiki, Soumu]);

    public static IReadOnlyList<ProgressReport> Reports { get; } = MakeReports();

    public static BoardPaper For(Person asker, IReadOnlyList<ProgressReport>? reports = null, ActionPlan? plan = null) =>
        BoardPaperBuilder.Build(new BoardPaperInput(
            plan ?? Plan, reports ?? Reports, Roster, Ownership.Resolve(plan ?? Plan, Roster, []), Quarter, asker, Now));

    private static List<ProgressReport> MakeReports()
    {
        var statuses = Enum.GetValues<ProgressStatus>();
        var people = new[] { Sangyo, Chiiki, Soumu, Admin };
        var reports = new List<ProgressReport>();
        var n = 0;
        foreach (var subTheme in Plan.SubThemes.Where(s => s.InitiativeNumber <= 12))
        {
            var who = people[n % people.Length];
            reports.Add(new ProgressReport(subTheme.Key, Quarter.Previous, statuses[n % statuses.Length], 10 + n, null, who.Email, At(9, 25, n)));
            if (n % 2 == 0)
            {
                var status = statuses[(n / 2) % statuses.Length];
                reports.Add(new ProgressReport(subTheme.Key, Quarter, ProgressStatus.NotStarted, 5, "初回", who.Email, At(11, 2, n)));
                reports.Add(new ProgressReport(subTheme.Key, Quarter, status, 20 + n, $"コメント{n} & <特記>\n二行目", who.Email, At(11, 20, n)));
            }

            n++;
        }

        return reports;
    }

    private static DateTimeOffset At(int month, int day, int n) => JapanTime.At(new DateOnly(2026, month, day), new TimeOnly(9, 0)).AddMinutes(n);
}
