using System.Globalization;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Digest;

/// <summary>Every Japanese word and sentence a digest shows, in one place so it can be reviewed; cards use them too.</summary>
public static class DigestTexts
{
    /// <summary>The status of a sub-theme with no report for the quarter.</summary>
    public const string Unanswered = "未回答";

    public const string StatusHeading = "【状況】";

    public const string ByStrategyHeading = "【重点戦略別】";

    public const string UnansweredHeading = "【未回答（部署別）】";

    public const string NewlyDelayed = "遅延になった項目";

    public const string NewlyAtRisk = "要注意になった項目";

    public const string NewlyCompleted = "完了した項目";

    public const string Comments = "新しいコメント";

    public const string NoCycle = "今期の進捗確認はまだ始まっていません。";

    public const string NothingAsked = "今回の進捗確認で確認する項目はありません。";

    public const string EveryoneAnswered = "全員が回答済みです。";

    public const string NoItems = "対象の項目はありません。";


    public const string NoKgis = "今年度のKGIはありません。";

    public const string NoKgisAtRisk = "注意が必要なKGIはありません。";

    /// <summary>A filled and an empty cell of a text bar chart.</summary>
    public const char BarFilled = '■';

    public const char BarEmpty = '□';

    /// <summary>「週次ダイジェスト 2026年11月30日」.</summary>
    public static string Heading(DateOnly date) => $"週次ダイジェスト {date.Year}年{date.Month}月{date.Day}日";

    /// <summary>Under the heading of a member's own digest: whose items it shows.</summary>
    public static string MemberScope(string name, string? department) =>
        department is null ? $"{name}さんの担当項目" : $"{name}さんの担当と{department}の項目";

    /// <summary>「2026年度 第3四半期（残り 23 営業日）」.</summary>
    public static string QuarterLine(DigestQuarter quarter)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        return $"{quarter.Quarter.ToJapanese()}（残り {quarter.BusinessDaysLeft} 営業日）";
    }

    /// <summary>「【回答状況】2026年度 第3四半期」, with 「（締切済み）」 once the cycle is closed.</summary>
    public static string CycleHeading(FiscalQuarter quarter, bool closed) =>
        $"【回答状況】{quarter.ToJapanese()}{(closed ? "（締切済み）" : string.Empty)}";

    /// <summary>「項目 5/8件（63%）・担当者 4/6人（67%）」; without the owners when the scope may name none of them.</summary>
    public static string AnswerRate(DigestCycle cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var items = $"項目 {cycle.AnsweredItems}/{cycle.AskedItems}件（{cycle.ItemRatePercent}%）";
        return cycle.AskedOwners == 0 ? items : $"{items}・担当者 {cycle.AnsweredOwners}/{cycle.AskedOwners}人（{cycle.OwnerRatePercent}%）";
    }

    /// <summary>The status label, 未回答 for null.</summary>
    public static string StatusLabel(ProgressStatus? status) => status?.ToJapanese() ?? Unanswered;

    /// <summary>「2026年度 第3四半期（9件）」: which quarter's items the counts are, and how many (未回答 included).</summary>
    public static string StatusCountsOf(FiscalQuarter quarter, int total) => $"{quarter.ToJapanese()}（{total}件）";

    /// <summary>Under the status counts when the quarter plans items nobody was asked about.</summary>
    public static string NotAsked(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"ほかに、担当者がいないため確認していない項目が {count}件あります（名簿確認で確認できます）。");

    /// <summary>「1. 「新生シリコンアイランド九州」の実現」.</summary>
    public static string Strategy(int number, string shortTitle) => $"{number}. {shortTitle}";

    /// <summary>「遅延1」: one status's count in a strategy's line.</summary>
    public static string Count(ProgressStatus? status, int count) => $"{StatusLabel(status)}{count}";

    /// <summary>「【前回（12月21日）からの変化】」, or 「【この7日間の変化】」 for a first digest.</summary>
    public static string ChangesHeading(DigestChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var since = JapanTime.DateOf(changes.Since);
        return changes.SinceLastDigest ? $"【前回（{since.Month}月{since.Day}日）からの変化】" : "【この7日間の変化】";
    }

    /// <summary>When nothing changed: 「前回から変化はありません。」, or 「この7日間に変化はありません。」 for a first digest.</summary>
    public static string NoChanges(DigestChanges changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return changes.SinceLastDigest ? "前回から変化はありません。" : "この7日間に変化はありません。";
    }

    /// <summary>「5-2 ②地域企業による…」.</summary>
    public static string SubTheme(DigestSubTheme subTheme)
    {
        ArgumentNullException.ThrowIfNull(subTheme);
        return $"{subTheme.Key} {subTheme.Name}";
    }

    /// <summary>「12/28」: a day in Japan, short.</summary>
    public static string ShortDate(DateTimeOffset instant)
    {
        var date = JapanTime.DateOf(instant);
        return $"{date.Month}/{date.Day}";
    }

    /// <summary>「（地域 次郎・12/28・順調→遅延）」.</summary>
    public static string ChangeDetail(DigestStatusChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var from = change.Previous is { } previous ? $"{previous.ToJapanese()}→" : string.Empty;
        return $"（{change.ReporterName}・{ShortDate(change.ReportedAt)}・{from}{change.Status.ToJapanese()}）";
    }

    /// <summary>「12/28 地域 次郎（5-1 遅延）: 担い手の確保が…」.</summary>
    public static string Comment(DigestComment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return $"{ShortDate(comment.At)} {comment.AuthorName}（{comment.SubTheme.Key} {comment.Status.ToJapanese()}）: {comment.Text}";
    }

    /// <summary>「総務国際部（1件）: 総務 三郎」.</summary>
    public static string UnansweredDepartment(DigestUnansweredDepartment department)
    {
        ArgumentNullException.ThrowIfNull(department);
        var names = string.Join("、", department.OwnerNames.Items);
        var more = department.OwnerNames.More > 0 ? $" {More(department.OwnerNames.More)}" : string.Empty;
        return $"{department.Department ?? DepartmentLabels.None}（{department.ItemCount}件）: {names}{more}";
    }

    /// <summary>「【2026年度のKGI】9件（完了 1件・年度経過 76%）」.</summary>
    public static string KgiHeading(DigestKgis kgis)
    {
        ArgumentNullException.ThrowIfNull(kgis);
        return $"【{kgis.Year.ToJapanese()}のKGI】{kgis.DueCount}件（完了 {kgis.CompletedCount}件・年度経過 {kgis.ElapsedPercent}%）";
    }

    /// <summary>「遅延（50%）」 or 「進捗 20%（ペース遅れ）」: why a KGI is at risk.</summary>
    public static string KgiRisk(DigestKgiAtRisk kgi)
    {
        ArgumentNullException.ThrowIfNull(kgi);
        return kgi.Reason == KgiRiskReason.BehindPace
            ? $"進捗 {kgi.PercentComplete}%（ペース遅れ）"
            : $"{kgi.Status.ToJapanese()}（{kgi.PercentComplete}%）";
    }

    /// <summary>「ほか 3件」.</summary>
    public static string More(int count) => string.Create(CultureInfo.InvariantCulture, $"ほか {count}件");
}
