using System.Globalization;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>Every Japanese string of question answers, in one place so the wording can be reviewed together.</summary>
public static class QuestionTexts
{
    public const string Separator = "・";
    public const string AllScopes = "全体";
    public const string NoDepartment = "担当部署なし";
    public const string AllItems = "すべての取組";
    public const string UnansweredLabel = "未回答";
    public const string NoReportLabel = "報告なし";
    public const string TruncatedNote = "(質問が長いため先頭のみ読み取りました)";
    public const string DepartmentLabel = "部署";
    public const string OwnerLabel = "担当";
    public const string StatusLabel = "状況";
    public const string PercentLabel = "進捗";
    public const string ReportedLabel = "報告日";
    public const string CommentLabel = "コメント";
    public const string AverageLabel = "平均進捗";
    public const string NoPlanText = "この期間の記載はありません。";
    public const string NotUnderstood = "ご質問を読み取れませんでした。次のように聞いていただけますか。";
    public const string HelpHeading = "PlanBot への質問のしかた";
    public const string SuggestionsHeading = "たとえば次のように聞けます:";

    /// <summary>Above the questions the asker most likely meant, when theirs was understood only in part.</summary>
    public const string DidYouMeanHeading = "もしかして:";

    /// <summary>Above the questions a one-initiative answer leads to (its plan, its history, its owners).</summary>
    public const string NextQuestionsHeading = "続けて聞けること:";

    /// <summary>Above the buttons that narrow a long answer down.</summary>
    public const string NarrowDownHeading = "絞り込む:";

    public const string NoOwner = "担当者なし";
    public const string StrategyLabel = "重点戦略";
    public const string OwnersLabel = "担当者";
    public const string ReporterLabel = "報告者";
    public const string PreviousLabel = "前期比";
    public const string ChangeLabel = "変化";
    public const string TrailLabel = "推移";
    public const string LatestReportTitle = "最新の報告";
    public const string WorstFirstNote = "件数が多いため、遅延・要注意・未回答から順に表示しています。";

    public static IReadOnlyList<string> HelpLines { get; } =
    [
        "アクションプランの進捗を日本語でお尋ねください。組み合わせもできます。",
        "・期間: 第3四半期、Q3、10〜12月、今期、前期、来期、上期、下期、2025年度、令和7年度、昨年度",
        "・状況: 遅延(遅れてる)、要注意、未着手、順調、完了、中止、未回答",
        "・範囲: 部署名、重点戦略3、取組5、取組のタイトルの一部(ジェンダー、MICE など)、担当者名(鈴木さん)、自分の担当、担当部署なし",
        "・話題: DX、脱炭素、半導体、MaaS、インターンシップ、輸出、防災 など",
        "・変化: 前期から悪化、先週から変わった、2四半期続けて遅延",
        "・知りたいこと: 一覧(既定)、進捗状況(部署別・重点戦略別・担当者別)、何件、誰が担当、未回答の人、計画・KGI、履歴",
        "例: 「取組9の状況」「地域共創部の状況」「前期から悪化した取組は?」「取組14は誰が担当?」",
    ];

    /// <summary>Suggestions that always parse; <see cref="Suggestions"/> adapts them to what was understood.</summary>
    public static IReadOnlyList<string> DefaultSuggestions { get; } = ["今期の遅延は?", $"{ExampleDepartment}の進捗状況", "未回答の人は?"];

    private const string ExampleDepartment = "産業振興部";

    public static string Period(QueryPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (first, last) = (period.First, period.Last);
        return period.Kind switch
        {
            QueryPeriodKind.Quarter => first.ToJapanese(),
            QueryPeriodKind.FiscalYear => $"{first.FiscalYear}年度",
            QueryPeriodKind.Half => $"{first.FiscalYear}年度 {(first.Quarter == 1 ? "上期" : "下期")}",
            _ when first.FiscalYear == last.FiscalYear => $"{first.FiscalYear}年度 第{first.Quarter}〜第{last.Quarter}四半期",
            _ when first.Quarter == 1 && last.Quarter == 4 => $"{first.FiscalYear}〜{last.FiscalYear}年度",
            _ => $"{first.ToJapanese()}〜{last.ToJapanese()}",
        };
    }

    public static string Quarter(FiscalQuarter quarter) => quarter.ToJapanese();

    public static string Strategy(int number) => $"重点戦略{number}";

    public static string Initiative(int number) => $"取組{number}";

    public static string TitleTerm(string term) => $"「{term}」を含む取組";

    public static string PersonItems(string name) => $"{name}さんの担当";

    public const string MyItems = "あなたの担当";

    public static string Topic(string topic) => $"{topic}関連";

    public static string Statuses(IEnumerable<ProgressStatus> statuses, bool unanswered)
    {
        var labels = statuses.Order().Select(s => s.ToJapanese()).ToList();
        if (unanswered)
        {
            labels.Add(UnansweredLabel);
        }

        return string.Join(Separator, labels);
    }

    /// <summary>The filters of a query restated, in a fixed order: period, statuses, departments, strategies, initiatives, people, topics.</summary>
    public static IReadOnlyList<string> Understood(PlanQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pieces = new List<string>();
        if (query.Period is { } period)
        {
            pieces.Add(Period(period));
        }

        if (query.HasStatusFilter)
        {
            pieces.Add(Statuses(query.Statuses, query.Unanswered));
        }

        var scope = query.Scope;
        pieces.AddRange(scope.Departments);
        pieces.AddRange(scope.StrategyNumbers.Select(Strategy));
        if (scope.InitiativeTitleTerms.Count > 0)
        {
            pieces.AddRange(scope.InitiativeTitleTerms.Select(TitleTerm));
        }
        else
        {
            pieces.AddRange(scope.InitiativeNumbers.Select(Initiative));
        }

        pieces.AddRange(scope.People.Select(p => PersonItems(p.Name)));

        if (scope.Mine)
        {
            pieces.Add(MyItems);
        }

        if (scope.NoDepartment)
        {
            pieces.Add(NoDepartment);
        }

        pieces.AddRange(query.Topics.Select(Topic));
        if (query.Change is { } change)
        {
            pieces.Add(Change(change));
        }

        if (query.Streak > 0)
        {
            pieces.Add($"{query.Streak}四半期連続");
        }

        if (query.Grouping != QueryGrouping.Department)
        {
            pieces.Add(query.Grouping == QueryGrouping.Owner ? "担当者別" : "重点戦略別");
        }

        return pieces;
    }

    /// <summary>"前期から悪化", "2026/11/21以降の変化".</summary>
    public static string Change(QueryChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var what = change.Direction switch
        {
            ChangeDirection.Worse => "悪化",
            ChangeDirection.Better => "改善",
            ChangeDirection.Reported => "報告",
            _ => "変化",
        };
        return change.Since is { } since ? $"{Day(since)}以降の{what}" : $"前期から{what}";
    }

    public static string Intent(PlanQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Intent switch
        {
            QueryIntent.Count => "件数",
            QueryIntent.ProgressSummary => "進捗状況",
            QueryIntent.Unanswered => "未回答の人",
            QueryIntent.PlanContent => PlanKind(query.PlanContent ?? PlanCellKind.Actions),
            QueryIntent.Help => "使い方",
            QueryIntent.Owners => "担当者・担当部署",
            QueryIntent.History => "報告の推移",
            _ => "一覧",
        };
    }

    public static string PlanKind(PlanCellKind kind) => kind == PlanCellKind.Kgi ? "到達目標・KGI" : "アクションプラン";

    public static string Conditions(PlanQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Understood.Count > 0 ? string.Join(Separator, query.Understood) : AllItems;
    }

    public static string CountHeading(string conditions, int count) => $"{conditions}: {count}件";

    public static string SummaryHeading(string conditions, int count) => $"{conditions}の進捗状況({count}件)";

    public static string UnansweredHeading(string conditions, string quarters, int people, int items) =>
        conditions.Length > 0
            ? $"{quarters}の未回答({conditions}): {people}名・{items}件"
            : $"{quarters}の未回答: {people}名・{items}件";

    /// <summary>"経営企画室: 2026年度のアクションプラン(2件)"; the period is named once, after the other conditions.</summary>
    public static string PlanHeading(string conditions, string period, PlanCellKind kind, int count) =>
        conditions.Length > 0 ? $"{conditions}: {period}の{PlanKind(kind)}({count}件)" : $"{period}の{PlanKind(kind)}({count}件)";

    public static string FiscalYear(int fiscalYear) => $"{fiscalYear}年度";

    public static string Empty(string conditions) => $"条件に合う取組はありませんでした(条件: {conditions})。";

    public static string EmptyUnanswered(string conditions, string quarters) => $"{quarters}の報告はすべて揃っています(条件: {conditions})。";

    public static string NotDue(string period) => $"{period}の報告はまだ始まっていません。";

    public static string More(int count) => $"ほか {count}件";

    public static string MorePeople(int count) => $"ほか {count}名";

    public static string Access(QueryAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        return access.Everything ? "対象: すべての部署"
            : access.Department is { } department ? $"対象: {department}の取組とあなたの担当分"
            : "対象: あなたの担当分";
    }

    public static string Denied(IEnumerable<string> departments) =>
        $"{string.Join("、", departments)}の取組はご覧いただけないため、含めていません。";

    public static string Unrecognised(IEnumerable<string> pieces) =>
        $"次の語は読み取れませんでした: {string.Join("、", pieces.Select(p => $"「{p}」"))}";

    public static string UnderstoodSoFar(IEnumerable<string> pieces) => $"読み取れた内容: {string.Join(Separator, pieces)}";

    public static string LatestNote(FiscalQuarter quarter) => $"期間の指定がないため、各取組の最新の報告で答えています(未回答は{quarter.ToJapanese()}で判定)。";

    public static string StrategyGroup(int number, string title) => $"重点戦略{number} {DisplayText.Shorten(title, 40).Text}";

    public static string ItemTitle(int initiative, string title, string? label) =>
        label is { Length: > 0 } ? $"{initiative}. {DisplayText.Shorten(title, 50).Text} {DisplayText.Shorten(label, 30).Text}" : $"{initiative}. {DisplayText.Shorten(title, 50).Text}";

    public static string UnlabelledSubTheme(string key, string? firstAction) =>
        firstAction is { Length: > 0 } ? $"{key} {DisplayText.Shorten(firstAction, 24).Text}" : key;

    public static string Percent(int percent) => $"{percent}%";

    public static string Average(double? average) =>
        average is { } a ? $"{a.ToString("0.#", CultureInfo.InvariantCulture)}%" : "—";

    public static string Date(DateTimeOffset instant) => JapanTime.ToJapan(instant).ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    public static string ReportQuarter(FiscalQuarter quarter) => $"({quarter.ToJapanese()})";

    public static string Owners(IReadOnlyList<string> names, int shown) =>
        names.Count == 0 ? "未設定"
        : names.Count <= shown ? string.Join("、", names)
        : $"{string.Join("、", names.Take(shown))} {MorePeople(names.Count - shown)}";

    public static string Tally(StatusTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var parts = ProgressStatusNames.All.Where(s => tally.Count(s) > 0).Select(s => $"{s.ToJapanese()} {tally.Count(s)}").ToList();
        if (tally.NoReport > 0)
        {
            parts.Add($"{NoReportLabel} {tally.NoReport}");
        }

        return $"{tally.Items}件({string.Join("、", parts)}) {AverageLabel} {Average(tally.AveragePercent)}";
    }

    public static string CountByScope(StatusTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return $"{tally.Items}件";
    }

    public static string PersonLine(string name, IEnumerable<string> keys) => $"{name}さん({string.Join("、", keys.Select(k => $"取組{k}"))})";

    /// <summary>"取組5 農業の持続的成長に向けた…": the heading of a one-initiative answer.</summary>
    public static string DetailHeading(int number, string title) => $"取組{number} {DisplayText.Shorten(title, 60).Text}";

    public static string StrategyFact(int number, string title) => $"重点戦略{number} {DisplayText.Shorten(title, 40).Text}";

    /// <summary>A sub-theme's own heading in a one-initiative answer: its label, or 最新の報告 for an initiative that does not split.</summary>
    public static string SubThemeHeading(string? label) => label is { Length: > 0 } ? DisplayText.Shorten(label, 50).Text : LatestReportTitle;

    public static string PlanTitle(int fiscalYear, PlanCellKind kind) => $"{fiscalYear}年度の{(kind == PlanCellKind.Kgi ? "到達目標・KGI" : "計画")}";

    /// <summary>Which way the status went since the previous quarter: "悪化(2026年度 第2四半期: 順調)".</summary>
    public static string PreviousFact(ProgressReport previous, ProgressReport current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var way = (QueryChange.Rank(previous.Status), QueryChange.Rank(current.Status)) switch
        {
            ({ } from, { } to) when to > from => "悪化",
            ({ } from, { } to) when to < from => "改善",
            _ when previous.Status == current.Status => "変化なし",
            _ => "変化あり",
        };
        return $"{way}({previous.Quarter.ToJapanese()}: {previous.Status.ToJapanese()})";
    }

    /// <summary>"順調(2026/11/10) → 遅延(2026/11/25)", or "報告なし → 遅延(…)" for a first report.</summary>
    public static string ChangeFact(ProgressReport? before, ProgressReport after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var from = before is null ? NoReportLabel : $"{before.Status.ToJapanese()}({ShortQuarter(before.Quarter)})";
        return $"{from} → {after.Status.ToJapanese()}({ShortQuarter(after.Quarter)})";
    }

    /// <summary>"第2四半期 遅延 → 第3四半期 遅延" (the fiscal year named once when all are in one).</summary>
    public static string TrailFact(IReadOnlyList<ProgressReport> trail)
    {
        ArgumentNullException.ThrowIfNull(trail);
        return string.Join(" → ", trail.Select(r => $"{ShortQuarter(r.Quarter)} {r.Status.ToJapanese()}"));
    }

    /// <summary>"2026Q3" in users' words, short: "26年度Q3".</summary>
    public static string ShortQuarter(FiscalQuarter quarter) => $"{quarter.FiscalYear % 100}年度Q{quarter.Quarter}";

    /// <summary>One line of a history: "2026年度 第2四半期 順調 50%(2026/07/05 田中 太郎)「comment」".</summary>
    public static string HistoryLine(ProgressReport report, string? reporter, int commentLength)
    {
        ArgumentNullException.ThrowIfNull(report);
        var who = reporter is { Length: > 0 } ? $" {reporter}" : string.Empty;
        var comment = string.IsNullOrWhiteSpace(report.Comment) ? string.Empty : $"「{DisplayText.Shorten(report.Comment.Trim(), commentLength).Text}」";
        return $"{report.Quarter.ToJapanese()} {report.Status.ToJapanese()} {Percent(report.PercentComplete)}({Date(report.ReportedAt)}{who}){comment}";
    }

    public static string EarlierReports(int count) => $"(それ以前の報告 {count}件)";

    public static string OwnersHeading(string conditions, int count) => $"{conditions}の担当者・担当部署({count}件)";

    public static string HistoryHeading(string conditions, int count) => $"{conditions}の報告の推移({count}件)";

    /// <summary>A person with their department where it is not the initiative's: "鈴木 一郎(地域共創部)".</summary>
    public static string OwnerName(string name, string? department, string? initiativeDepartment) =>
        department is { Length: > 0 } && !string.Equals(department, initiativeDepartment, StringComparison.Ordinal) ? $"{name}({department})" : name;

    public static string SubThemeOwners(string label, string owners) => $"{DisplayText.Shorten(label, 30).Text}: {owners}";

    public static string StatusGroup(string status, int count) => $"{status}({count}件)";

    public static string UnknownInitiatives(IEnumerable<int> initiatives, (int First, int Last) range) =>
        $"{string.Join("、", initiatives.Select(Initiative))}は計画にありません(取組は{range.First}〜{range.Last}です)。";

    public static string Withheld(IEnumerable<int> initiatives) =>
        $"{string.Join("、", initiatives.Select(Initiative))}はご覧いただける範囲にないため、含めていません。";

    public static string WithheldPeople(IEnumerable<string> names) =>
        $"{string.Join("、", names.Select(n => $"{n}さん"))}の担当のうち、ご覧いただける範囲にないものは含めていません。";

    public static string Ambiguous(AmbiguousName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return $"「{name.AsWritten}」さんは名簿に{name.Candidates.Count}名います。どなたのことでしょうか。";
    }

    /// <summary>Which quarters a change against the previous quarter compared.</summary>
    public static string ChangeNote(FiscalQuarter anchor) =>
        $"{anchor.Previous.ToJapanese()}と{anchor.ToJapanese()}の報告を比べています(両方の報告がある取組のみ)。";

    public static string SinceNote(DateOnly since) => $"{Day(since)}以降に報告があった取組を、その前の報告と比べています。";

    public static string StreakNote(FiscalQuarter anchor, int quarters) =>
        $"{anchor.ToJapanese()}までの{quarters}四半期で判定しています({anchor.ToJapanese()}が未回答の取組はその前の四半期まで)。";

    /// <summary>The questions that follow a one-initiative answer: its plan, its history, its owners.</summary>
    public static IReadOnlyList<string> DetailSuggestions(int number) =>
        [$"取組{number}の計画", $"取組{number}の履歴", $"取組{number}の担当者は?"];

    /// <summary>A question narrowing a long answer down to one department (or another filter): "産業振興部の遅延", "産業振興部の状況".</summary>
    public static string NarrowDown(string scope, IEnumerable<string> conditions, bool summary)
    {
        var parts = new List<string> { scope };
        parts.AddRange(conditions);
        var text = string.Join("の", parts);
        return summary || parts.Count == 1 ? $"{text}の状況" : text;
    }

    /// <summary>
    /// Two or three questions that would work, using what was understood where it helps: its period, department or
    /// topic, and what kind of answer was asked for (進捗, 件数, 担当者, 計画). A member is never offered a department they
    /// may not see: their own department takes the example's place.
    /// </summary>
    public static IReadOnlyList<string> Suggestions(PlanQuery query, QueryAccess? access = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        bool MaySee(string department) => access is null || access.Everything || department == access.Department;
        var list = new List<string>();
        if (query.Period is { } period)
        {
            list.Add($"{Period(period)}の遅延は?");
        }

        if (query.Scope.Departments.FirstOrDefault(MaySee) is { } department)
        {
            list.Add($"{department}の進捗状況");
        }

        if (query.Topics.Count > 0)
        {
            list.Add($"{query.Topics[0]}の取組の進捗は?");
        }

        list.AddRange(query.Intent switch
        {
            QueryIntent.ProgressSummary => ["全体の進捗状況", "自分の担当の進捗"],
            QueryIntent.Count => ["遅延は何件?", "未回答は何件?"],
            QueryIntent.Owners => ["担当部署なしの取組は?", "担当者ごとの進捗"],
            QueryIntent.PlanContent => ["今年度の計画", "今年度のKGIは?"],
            QueryIntent.History => ["前期から悪化した取組は?", "2四半期続けて遅延しているのは?"],
            _ => [],
        });

        foreach (var suggestion in DefaultSuggestions)
        {
            if (list.Count >= 3)
            {
                break;
            }

            list.Add(suggestion == DefaultSuggestions[1] && !MaySee(ExampleDepartment)
                ? (access!.Department is { } own ? $"{own}の進捗状況" : "自分の担当の進捗")
                : suggestion);
        }

        return list.Distinct(StringComparer.Ordinal).Take(3).ToList();
    }
}
