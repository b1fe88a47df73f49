namespace PlanBot.Teams.Welcome;

/// <summary>Every word of the welcome cards, in one place for review.</summary>
internal static class WelcomeTexts
{
    /// <summary>What Teams shows for the welcome message in the activity feed and the chat list.</summary>
    public const string Summary = "PlanBot へようこそ";

    public const string PersonalFallbackText = "PlanBot へようこそ";
    public const string PersonalTitle = "PlanBot へようこそ";
    public const string WhatPlanBotDoes =
        "PlanBot は、中期事業計画のアクションプランの進捗を皆さんと一緒に見守るボットです。";
    public const string ProgressRequestHeading = "進捗報告のお願い(リマインド)";
    public const string HowProgressRequestsWork =
        "四半期末が近づくと、ご担当の取組をまとめた進捗報告カードをこのチャットにお送りします。" +
        "取組ごとに状況・進捗率・コメントを入力し、「送信する」を押してください。締め切りまでは何度でも修正できます。";
    public const string AskHeading = "質問のしかた";
    public const string HowToAsk = "このチャットで普段の言葉で聞いてください。例:";
    public const string HelpHint = "「ヘルプ」と送ると、使えるコマンドの一覧をお見せします。";

    public const string TeamFallbackText = "PlanBot を追加いただきありがとうございます";
    public const string TeamTitle = "PlanBot を追加いただきありがとうございます";
    public const string WhatPlanBotDoesInTeam =
        "毎週、アクションプランの進捗ダイジェスト(状況の集計、遅延・要注意、未回答の方)をこのチームのチャネルに投稿します。";
    public const string DigestChannelHeading = "投稿先チャネルの選び方";
    public const string HowToChooseChannel = "投稿したいチャネルで、管理者の方が次のように送ってください。";
    public const string ChooseChannelCommand = "@PlanBot ダイジェストをここに投稿";
    public const string HowToStop = "止めるときは「@PlanBot ダイジェスト停止」と送ってください。";
    public const string ProgressRequestsArePersonal =
        "進捗の報告は、担当の方との個人チャットでお願いします。「ヘルプ」と送るとコマンドの一覧をお見せします。";

    public static string PersonalGreeting(string? personName) =>
        string.IsNullOrWhiteSpace(personName) ? "はじめまして。PlanBot です。" : $"{personName}さん、はじめまして。PlanBot です。";

    public static IReadOnlyList<string> Questions { get; } = ["第3四半期の遅延は?", "産業振興部の進捗", "未回答は?"];
}
