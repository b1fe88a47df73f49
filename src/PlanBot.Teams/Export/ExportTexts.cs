using PlanBot.Domain.Calendar;
using PlanBot.Domain.Export;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Export;

/// <summary>What PlanBot says about the board paper in chat.</summary>
internal static class ExportTexts
{
    public const string Declined = "承知しました。ファイルはお送りしていません。必要なときは、また「エクスポート」と送ってください。";

    public const string UploadFailed =
        "申し訳ありません。報告書を OneDrive に保存できませんでした。しばらくしてから、もう一度「エクスポート」と送ってください。";

    public const string ConsentUnreadable = "申し訳ありません。ファイルの送信に必要な情報を受け取れませんでした。もう一度「エクスポート」と送ってください。";

    public const string ConsentSummary = "進捗報告書（Excel）";

    public static string BadQuarter(string text) =>
        $"「{text}」は四半期として読み取れませんでした。「2026Q2の報告書」のように年度と四半期で指定してください。";

    public static string Offer(BoardPaper paper) =>
        $"{paper.Quarter.ToJapanese()}の進捗報告書（{paper.Scope}）を Excel で用意しました。「許可」を押すと、お使いの OneDrive に保存し、このチャットにお届けします。";

    /// <summary>The consent card's description of the file.</summary>
    public static string Description(BoardPaper paper) =>
        $"{paper.Quarter.ToJapanese()}の進捗報告書（{paper.Scope}）。アクションプラン進捗・集計・未回答・履歴の4シート構成で、A3横向きで印刷できます。";

    public static string Sent(FiscalQuarter quarter) => $"{quarter.ToJapanese()}の進捗報告書を OneDrive に保存しました。";

    public static string Refused(BoardPaperOutcome outcome) => outcome.Refusal switch
    {
        BoardPaperRefusal.NotOnRoster => ChatTexts.NotOnRoster,
        BoardPaperRefusal.NoPlan => ChatTexts.NoPlan,
        BoardPaperRefusal.NotStarted => $"{outcome.Quarter?.ToJapanese()}はまだ始まっていないため、報告書をお作りできません。",
        BoardPaperRefusal.OutsidePlan =>
            $"アクションプランは{outcome.FirstYear}年度から{outcome.LastYear}年度までです。{outcome.Quarter?.ToJapanese()}の報告書はお作りできません。",
        _ => "申し訳ありません。報告書をお作りできませんでした。",
    };
}
