using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Export;

/// <summary>The board paper's own words: statuses as the board reads them, the scope, the file's name.</summary>
public static class BoardPaperTexts
{
    public const string Unanswered = "未回答";

    /// <summary>Nothing planned for the sub-theme in the quarter and nothing reported: not asked, not counted.</summary>
    public const string NotDue = "対象外";

    public const string WholePlan = "全体";

    public const string NoDepartment = "担当部署なし";

    /// <summary>The 未回答 sheet's name for a due sub-theme nobody is in charge of.</summary>
    public const string NoOwner = "（担当者未設定）";

    /// <summary>The paper's statuses in the order of its tables and chart: 完了 … 中止, then 未回答.</summary>
    public static IReadOnlyList<ProgressStatus?> StatusOrder => StatusCounts.Order;

    public static string StatusLabel(ProgressStatus? status, bool isDue = true) =>
        status?.ToJapanese() ?? (isDue ? Unanswered : NotDue);

    /// <summary>「アクションプラン進捗_2026年度第3四半期.xlsx」.</summary>
    public static string FileName(FiscalQuarter quarter) =>
        $"アクションプラン進捗_{quarter.FiscalYear}年度第{quarter.Quarter}四半期.xlsx";
}
