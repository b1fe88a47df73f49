using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Reminders;

/// <summary>Every Japanese sentence the reminder feature shows users, in one place so it can be reviewed.</summary>
public static class ReminderTexts
{
    /// <summary>
    /// The longest comment accepted, in characters. The card's input stops there too: with fifteen items and every comment
    /// this long, a reminder card stays well under Teams' message size limit.
    /// </summary>
    public const int MaxCommentLength = 500;

    /// <summary>What the user reads about a refused answer, beside the input concerned or above the items.</summary>
    public static string Message(AnswerProblem problem) => problem switch
    {
        AnswerProblem.CycleClosed => "この四半期の回答受付は終了しました。",
        AnswerProblem.NothingEntered => "少なくとも1件、回答を入力してください。",
        AnswerProblem.DuplicateItem => "同じ項目への回答が重複しています。",
        AnswerProblem.NotAsked => "この項目は今回の確認対象ではありません。",
        AnswerProblem.NotAnOwner => "この取組の担当者として登録されていないため、記録できません。",
        AnswerProblem.StatusMissing => "状況を選んでください。",
        AnswerProblem.StatusUnknown => "状況は「未着手・順調・要注意・遅延・完了・中止」から選んでください。",
        AnswerProblem.PercentMissing => "進捗率を入力してください。",
        AnswerProblem.PercentNotANumber => "進捗率は数字で入力してください。",
        AnswerProblem.PercentOutOfRange => "進捗率は0〜100の整数で入力してください。",
        AnswerProblem.CommentRequired => "「遅延」「要注意」のときは、理由と次の一手をコメントにお書きください。",
        AnswerProblem.CommentTooLong => $"コメントは{MaxCommentLength}文字以内でお願いします。",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };

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
}
