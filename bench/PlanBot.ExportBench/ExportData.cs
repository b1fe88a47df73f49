using PlanBot.Domain.Calendar;
using PlanBot.Domain.Export;
using PlanBot.Domain.Import;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.ExportBench;

/// <summary>
/// The seed plan with three years of reports from 1,000 people: the roster spread over the five departments, every
/// sub-theme owned by its department (no assignments, so owner lists are long), and every person reporting on one of
/// their department's sub-themes in every quarter from 2024Q1 to 2026Q4, one to three submissions each; in the last
/// quarter one person in four has not answered yet. Exported for 2026Q4 by an administrator on 2027-03-20 (JST).
/// The same seed gives the same data.
/// </summary>
internal sealed record ExportData(ActionPlan Plan, PersonDirectory Roster, Ownership Ownership, IReadOnlyList<ProgressReport> Reports)
{
    public static readonly FiscalQuarter Quarter = new(2026, 4);

    public static readonly DateTimeOffset Now = JapanTime.At(new DateOnly(2027, 3, 20), new TimeOnly(10, 0));

    private static readonly string[] Departments = ["産業振興部", "地域共創部", "総務国際部", "経営企画室", "SR-防災"];

    private static readonly string?[] Comments =
    [
        null, "予定どおり進んでいます", "関係団体との調整に時間がかかっています", "会員企業へのヒアリングを実施しました。次期は結果を取りまとめ、理事会に報告します。",
        "予算の確定待ちです", "講師の都合で延期", "成果報告書を作成中",
    ];

    public static ExportData Generate(int people, int seed)
    {
        var random = new Random(seed);
        var plan = new PlanDocumentParser().Parse(File.ReadAllText(SeedPath())).Plan;
        var roster = new PersonDirectory(Enumerable.Range(0, people).Select(i => new Person(
            $"社員{i:D4}", $"person{i:D4}@example.jp", null, Departments[i % Departments.Length], i == 0 ? PersonRole.Admin : PersonRole.Member)));
        var ownership = Ownership.Resolve(plan, roster, []);
        var statuses = Enum.GetValues<ProgressStatus>();
        var reports = new List<ProgressReport>();
        foreach (var person in roster.People)
        {
            var owned = ownership.SubThemesOf(person);
            if (owned.Count == 0)
            {
                continue;
            }

            for (var quarter = new FiscalQuarter(2024, 1); quarter <= Quarter; quarter = quarter.Next)
            {
                if (quarter == Quarter && random.Next(4) == 0)
                {
                    continue;
                }

                var subTheme = owned[random.Next(owned.Count)];
                var at = JapanTime.At(quarter.End.AddDays(-20), new TimeOnly(9, 0));
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    at = at.AddMinutes(random.Next(1, 3000));
                    reports.Add(new ProgressReport(
                        subTheme.Key, quarter, statuses[random.Next(statuses.Length)], random.Next(0, 101), Comments[random.Next(Comments.Length)], person.Email, at));
                }
            }
        }

        return new ExportData(plan, roster, ownership, reports.OrderBy(r => r.ReportedAt).ToList());
    }

    public BoardPaper Build() =>
        BoardPaperBuilder.Build(new BoardPaperInput(Plan, Reports, Roster, Ownership, Quarter, Roster.People[0], Now));

    private static string SeedPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "seeds", "kyushu-keizai-action-plan-2024-2026.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"seeds/ not found above {AppContext.BaseDirectory}.");
    }
}
