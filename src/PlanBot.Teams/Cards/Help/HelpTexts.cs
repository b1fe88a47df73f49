namespace PlanBot.Teams.Cards.Help;

/// <summary>Every word of the help card, in one place for review.</summary>
internal static class HelpTexts
{
    public const string FallbackText = "PlanBot の使い方";
    public const string Title = "PlanBot の使い方";
    public const string Intro = "アクションプランの進捗を確認・報告できます。次のように話しかけてください。";
    public const string CommandsHeading = "コマンド";
    public const string AdminHeading = "管理者向け";
    public const string AskHeading = "質問の例";
    public const string AskIntro = "普段の言葉でも質問できます。";

    /// <summary>Commands every user has, with what they do and an example.</summary>
    public static IReadOnlyList<(string Command, string Description)> Commands { get; } =
    [
        ("ヘルプ", "この使い方を表示します。"),
        ("進捗", "取組の進捗をお見せします。例:「産業振興部の進捗」"),
        ("遅延", "遅延・要注意の取組をお見せします。例:「第3四半期の遅延は?」"),
        ("未回答", "今期の進捗報告がまだの方をお見せします。例:「未回答は?」"),
        ("ダイジェスト", "今週のダイジェストをお見せします。"),
        ("エクスポート", "進捗報告書を Excel ファイルでお送りします（個人チャットで）。例:「2026Q2の報告書」"),
    ];

    /// <summary>Commands only admins may use.</summary>
    public static IReadOnlyList<(string Command, string Description)> AdminCommands { get; } =
    [
        ("リマインド送信", "今期の進捗報告カードを担当者へ送ります。例:「リマインド送信 2026Q3」"),
        ("ダイジェストをここに投稿", "チームのチャネルで @PlanBot を付けて送ると、毎週のダイジェストをそのチャネルに投稿します。"),
        ("ダイジェスト停止", "そのチャネルへのダイジェスト投稿を止めます。"),
        ("名簿確認", "名簿と Teams のメンバーを照合し、名簿にない方・Teams で見つからない方・担当者のいない取組・カードが届いていない方をお見せします。"),
    ];

    public static IReadOnlyList<string> Questions { get; } = ["第3四半期の遅延は?", "産業振興部の進捗", "未回答は?"];
}
