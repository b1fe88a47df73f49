namespace PlanBot.Teams.Handlers;

/// <summary>The Japanese PlanBot writes in plain chat messages (cards keep theirs in their own *Texts classes).</summary>
internal static class ChatTexts
{
    /// <summary>What a message that PlanBot cannot act on yet gets: polite, short, and pointing at what works.</summary>
    public const string NotReadyYet =
        "PlanBot は現在準備中です。進捗の入力や質問への回答は準備が整いしだい使えるようになります。「ヘルプ」と送ると、使える命令と質問の例を表示します。";

    /// <summary>Shown as the notification text of a card (Teams shows it in the activity feed and chat list).</summary>
    public const string HelpSummary = "PlanBot の使い方";

    public const string WelcomeSummary = "PlanBot へようこそ";
}
