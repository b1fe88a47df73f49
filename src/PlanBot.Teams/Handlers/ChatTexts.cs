using PlanBot.Domain.Calendar;

namespace PlanBot.Teams.Handlers;

/// <summary>The Japanese PlanBot writes in plain chat messages (cards keep theirs in their own *Texts classes).</summary>
internal static class ChatTexts
{
    /// <summary>The asker is not on the roster, so PlanBot cannot know what they may see.</summary>
    public const string NotOnRoster =
        "申し訳ありません。PlanBot の名簿にまだ登録されていないため、お答えできません。管理者に名簿への登録をご依頼ください。";

    public const string NoPlan = "アクションプランがまだ取り込まれていません。管理者にお問い合わせください。";

    public const string AnswerSummary = "PlanBot からの回答";

    /// <summary>Shown as the notification text of a card (Teams shows it in the activity feed and chat list).</summary>
    public const string HelpSummary = "PlanBot の使い方";

    public const string WelcomeSummary = "PlanBot へようこそ";

    public const string RemindAdminsOnly = "リマインド送信は管理者のみ実行できます。";

    public const string RosterCheckAdminsOnly = "申し訳ありません。名簿確認は管理者のみ実行できます。";

    public const string RosterCheckSummary = "PlanBot の名簿確認";

    public static string RemindBadQuarter(string text) =>
        $"「{text}」は四半期として読み取れませんでした。「リマインド送信 2026Q3」のように年度と四半期で指定してください。";

    public static string RemindNothingToAsk(FiscalQuarter quarter) => $"{quarter.ToJapanese()}は計画に確認する項目がないため、リマインドは送信しません。";

    public static string RemindQueued(FiscalQuarter quarter, int people, int cards, int alreadyQueued) => cards == 0
        ? $"{quarter.ToJapanese()}のリマインドは送信済み、または送信待ちです（{alreadyQueued}件）。新たに送るものはありません。"
        : $"{quarter.ToJapanese()}のリマインドを送信します。担当者 {people}名にカード {cards}枚を順に送ります。";
}
