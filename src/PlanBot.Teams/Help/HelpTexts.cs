namespace PlanBot.Teams.Help;

/// <summary>
/// Every word of the help card, in one place for review, but the commands' own lines: those come from the command table
/// (<see cref="Chat.ChatCommands"/>), which the app manifest's command menus come from too.
/// </summary>
internal static class HelpTexts
{
    /// <summary>What Teams shows for the help message in the activity feed and the chat list.</summary>
    public const string Summary = "PlanBot の使い方";

    public const string FallbackText = "PlanBot の使い方";
    public const string Title = "PlanBot の使い方";
    public const string Intro = "アクションプランの進捗を確認・報告できます。次のように話しかけてください。";
    public const string CommandsHeading = "コマンド";
    public const string AdminHeading = "管理者向け";
    public const string AskHeading = "質問の例";
    public const string AskIntro = "普段の言葉でも質問できます。";

    public static IReadOnlyList<string> Questions { get; } = ["第3四半期の遅延は?", "産業振興部の進捗", "未回答は?"];
}
