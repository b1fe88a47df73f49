using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Reminders;

/// <summary>Every Japanese sentence the reminder feature shows users, in one place so it can be reviewed.</summary>
public static class ReminderTexts
{
    /// <summary>The longest comment accepted, in characters; an Adaptive Card stays well under Teams' size limit.</summary>
    public const int MaxCommentLength = 2000;

    public const string CycleClosed = "この四半期の回答受付は終了しました。";

    public const string NothingEntered = "少なくとも1件、回答を入力してください。";

    public const string NotAnOwner = "この項目の担当者ではないため、回答できません。";

    public const string NotAsked = "この項目は今回の確認対象ではありません。";

    public const string DuplicateItem = "同じ項目への回答が重複しています。";

    public const string StatusMissing = "状況を選択してください。";

    public const string StatusUnknown = "状況は「未着手・順調・要注意・遅延・完了・中止」から選んでください。";

    public const string PercentMissing = "進捗率を入力してください。";

    public const string PercentInvalid = "進捗率は0〜100の整数で入力してください。";

    public const string CommentRequired = "遅延・要注意の場合はコメントを入力してください。";

    public static string CommentTooLong { get; } = $"コメントは{MaxCommentLength}文字以内で入力してください。";

    /// <summary>Why no reminder goes out for a quarter, for admins running one by hand.</summary>
    public static string NothingToAskText(FiscalQuarter quarter, NothingToAsk reason) => reason switch
    {
        NothingToAsk.BeforePlan => $"{quarter.ToJapanese()}は計画の開始前のため、確認する項目はありません。",
        NothingToAsk.AfterPlan => $"{quarter.ToJapanese()}は計画の期間外のため、確認する項目はありません。",
        NothingToAsk.NoPlanForPeriod => $"{quarter.ToJapanese()}の計画がないため、確認する項目はありません。",
        NothingToAsk.NoOwners => $"{quarter.ToJapanese()}の項目に担当者がいないため、送信先がありません。",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>The answer to a second run for a quarter that was already sent.</summary>
    public static string AlreadySent(FiscalQuarter quarter) => $"{quarter.ToJapanese()}のリマインドは送信済みです。";

    /// <summary>The heading above a plan column on a card: "2024年度 第2四半期の計画", "2026年度 アクションプラン", "2026年度 到達目標・KGI".</summary>
    public static string PeriodHeading(PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period switch
        {
            { Kind: PlanCellKind.Kgi } => $"{period.FiscalYear}年度 到達目標・KGI",
            { Quarter: { } q } => $"{period.FiscalYear}年度 第{q}四半期の計画",
            _ => $"{period.FiscalYear}年度 アクションプラン",
        };
    }

    /// <summary>How a department-less owner is listed in the manager notice.</summary>
    public const string NoDepartment = "（部署未設定）";
}
