using PlanBot.Domain.Calendar;

namespace PlanBot.Teams.Reminders;

/// <summary>What 「リマインド送信」 answers, in one place for review.</summary>
internal static class RemindNowTexts
{
    public static string BadQuarter(string text) =>
        $"「{text}」は四半期として読み取れませんでした。「リマインド送信 2026Q3」のように年度と四半期で指定してください。";

    public static string NothingToAsk(FiscalQuarter quarter) => $"{quarter.ToJapanese()}は計画に確認する項目がないため、リマインドは送信しません。";

    public static string Queued(FiscalQuarter quarter, int people, int cards, int alreadyQueued) => cards == 0
        ? $"{quarter.ToJapanese()}のリマインドは送信済み、または送信待ちです（{alreadyQueued}件）。新たに送るものはありません。"
        : $"{quarter.ToJapanese()}のリマインドを送信します。担当者 {people}名にカード {cards}枚を順に送ります。";
}
