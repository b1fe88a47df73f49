using System.Globalization;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Export;
using PlanBot.Domain.Plans;

namespace PlanBot.Export;

/// <summary>The workbook's Japanese: sheet names, headings, the footer.</summary>
internal static class WorkbookTexts
{
    public const string ProgressSheet = "アクションプラン進捗";
    public const string SummarySheet = "集計";
    public const string UnansweredSheet = "未回答";
    public const string HistorySheet = "履歴";

    public const string Strategy = "重点戦略";
    public const string Department = "担当部署";
    public const string Total = "合計";
    public const string AnswerRate = "回答率";
    public const string NobodyUnanswered = "未回答の方はいません。";
    public const string NoSubmissions = "この年度の提出はまだありません。";
    public const string ChartTitle = "重点戦略別の状況";

    /// <summary>At most this many owners are named in a cell; the rest are counted.</summary>
    public const int OwnersNamed = 5;

    public static IReadOnlyList<string> ProgressHeadings(BoardPaper paper) =>
    [
        "番号", "具体的取組", "取組項目", "担当部署", "担当者",
        PlanHeading(paper.ActionsPeriod), paper.KgiPeriod is { } kgi ? $"{kgi.FiscalYear}年度 到達目標・KGI" : "到達目標・KGI",
        "状況", "進捗率", "コメント", "報告者", "報告日",
        paper.PreviousQuarter is { } previous ? $"前期（{previous.Quarter}Q）" : "前期", "推移",
    ];

    public static IReadOnlyList<string> UnansweredHeadings => ["担当部署", "氏名", "メール", "件数", "未回答の取組"];

    public static IReadOnlyList<string> HistoryHeadings => ["提出日時", "四半期", "番号", "具体的取組", "取組項目", "担当部署", "状況", "進捗率", "コメント", "報告者", "メール"];

    public static string ProgressTitle(BoardPaper paper) => $"{paper.PlanTitle}　進捗状況（{paper.Quarter.ToJapanese()}）";

    public static string ProgressInfo(BoardPaper paper)
    {
        var total = paper.Summary.Total;
        var parts = new List<string>
        {
            $"出力日時: {Stamp(paper.ExportedAt)}（日本時間）",
            $"範囲: {paper.Scope}",
            $"対象 {total.Total}件・回答 {total.Answered}件（{Rate(total.AnswerRate)}）",
        };
        if (paper.PreviousQuarter is { } previous)
        {
            parts.Add($"前期: {previous.ToJapanese()}");
        }

        return string.Join("　", parts);
    }

    public static string SummaryTitle(BoardPaper paper) => $"集計（{paper.Quarter.ToJapanese()}・{paper.Scope}）";

    public const string SummaryInfo = "対象は当期の計画に項目のある取組（回答があったものを含む）。回答率は回答済み ÷ 対象。";

    public static string UnansweredTitle(BoardPaper paper) => $"未回答（{paper.Quarter.ToJapanese()}・{paper.Scope}）";

    public static string UnansweredInfo(BoardPaper paper) =>
        $"{paper.Unanswered.Count(u => u.Person is not null)}名・{paper.Rows.Count(r => r.IsUnanswered)}件。担当者の所属部署ごと。担当者のいない取組は「{BoardPaperTexts.NoOwner}」として取組の担当部署に載せています。";

    public static string HistoryTitle(BoardPaper paper) =>
        $"提出履歴（{paper.Quarter.FiscalYear}年度 第1〜第{paper.Quarter.Quarter}四半期・{paper.Scope}）";

    public static string HistoryInfo(BoardPaper paper) => $"{paper.History.Count}件。提出日時は日本時間。同じ取組・四半期の最新の提出がその期の状況です。";

    /// <summary>The footer: export time on the left, page in the middle, the plan's title on the right. '&amp;' is a footer code, so the title's are doubled.</summary>
    public static string Footer(BoardPaper paper) =>
        $"&L&9出力 {Stamp(paper.ExportedAt)} JST&C&9&P / &N&R&9{paper.PlanTitle.Replace("&", "&&", StringComparison.Ordinal)}";

    public static string StrategyBand(BoardPaperStrategy strategy) => $"重点戦略{strategy.Number}. {strategy.Title}";

    public static string QuarterLabel(FiscalQuarter quarter) => $"{quarter.FiscalYear}年度{quarter.Quarter}Q";

    public static string Arrow(StatusTrend trend) => trend switch
    {
        StatusTrend.Better => "↑",
        StatusTrend.Worse => "↓",
        StatusTrend.Changed => "→",
        _ => string.Empty,
    };

    public static string Owners(IReadOnlyList<Domain.People.Person> owners) => owners.Count <= OwnersNamed
        ? string.Join("、", owners.Select(o => o.Name))
        : $"{string.Join("、", owners.Take(OwnersNamed).Select(o => o.Name))} ほか{owners.Count - OwnersNamed}名";

    /// <summary>A cell's items one a line as written, a nested item indented by a full-width space per level.</summary>
    public static string Items(IReadOnlyList<PlanItem> items) =>
        string.Join('\n', items.Select(i => new string('\u3000', i.Depth) + i));

    private static string PlanHeading(PlanPeriod period) => period.Quarter is { } q
        ? $"{period.FiscalYear}年度 {q}Q アクション"
        : $"{period.FiscalYear}年度 アクションプラン";

    private static string Stamp(DateTimeOffset at) => at.ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture);

    private static string Rate(double? rate) => rate is { } r ? r.ToString("0%", CultureInfo.InvariantCulture) : "—";
}
