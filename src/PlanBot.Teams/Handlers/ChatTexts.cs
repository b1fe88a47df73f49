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
}
