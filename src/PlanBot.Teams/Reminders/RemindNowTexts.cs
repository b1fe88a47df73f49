using PlanBot.Domain.Calendar;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Reminders;

/// <summary>What 「リマインド送信」 answers, in one place for review.</summary>
internal static class RemindNowTexts
{
    public static string BadQuarter(string text) =>
        $"「{text}」は四半期として読み取れませんでした。「リマインド送信 2026Q3」のように年度と四半期で指定してください。";

    public static string NothingToAsk(FiscalQuarter quarter) => $"{quarter.ToJapanese()}は計画に確認する項目がないため、リマインドは送信しません。";

    public static string AlreadyQueued(FiscalQuarter quarter, int alreadyQueued) =>
        $"{quarter.ToJapanese()}のリマインドは送信済み、または送信待ちです（{alreadyQueued}件）。新たに送るものはありません。";

    /// <summary>Said once the cards are queued: how many can reach their owners, and who cannot and why, in one line.</summary>
    public static string Queued(FiscalQuarter quarter, DispatchReach reach)
    {
        var quarterName = quarter.ToJapanese();
        if (reach.Unreachable.Count == 0)
        {
            return $"{quarterName}のリマインドを送信します。担当者 {reach.Owners}名にカード {reach.ReachableCards}枚を順に送ります。";
        }

        var sending = reach.ReachableOwners == 0
            ? $"{quarterName}のリマインドカードを用意しましたが、担当者 {reach.Owners}名の誰にも届けられません"
            : $"{quarterName}のリマインドを送信します。担当者 {reach.Owners}名のうち {reach.ReachableOwners}名にカード {reach.ReachableCards}枚を順に送ります。{reach.Unreachable.Count}名には届けられません";
        return $"{sending}（{Why(reach)}）。「名簿確認」で確認できます。";
    }

    private static string Why(DispatchReach reach)
    {
        var noRoute = reach.Count(UnreachableReason.NoChatAndNoTeam);
        var closed = reach.Count(UnreachableReason.ChatClosed);
        const string NoRoute = "PlanBot との個人チャットがなく、PlanBot を追加したチームもないため";
        const string Closed = "PlanBot が削除またはブロックされているため";
        return (noRoute, closed) switch
        {
            (_, 0) => NoRoute,
            (0, _) => Closed,
            _ => $"{noRoute}名は {NoRoute}、{closed}名は {Closed}",
        };
    }
}
