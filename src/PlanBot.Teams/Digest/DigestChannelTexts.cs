namespace PlanBot.Teams.Digest;

/// <summary>The Japanese PlanBot answers the digest channel commands with, in one place for review.</summary>
internal static class DigestChannelTexts
{
    public const string Chosen =
        "このチャネルを週次ダイジェストの投稿先にしました。毎週、進捗のまとめをここにお届けします。停止するときは PlanBot をメンションして「ダイジェスト停止」と送ってください。";

    /// <summary>Added to <see cref="Chosen"/> when the team had another digest channel: a team gets one digest.</summary>
    public const string Moved = "（このチームでこれまで投稿していたチャネルへの投稿は停止しました。）";

    public const string AlreadyChosen = "このチャネルはすでに週次ダイジェストの投稿先です。";

    public const string Stopped =
        "このチャネルへの週次ダイジェストの投稿を停止しました。再開するときは PlanBot をメンションして「ダイジェストをここに投稿」と送ってください。";

    public const string NotChosen = "このチャネルは週次ダイジェストの投稿先になっていません。";

    public const string AdminsOnly = "申し訳ありません。ダイジェストの投稿先の設定は管理者のみが行えます。";

    public const string ChannelOnly =
        "ダイジェストの投稿先はチームのチャネルで設定します。投稿したいチャネルで PlanBot をメンションして「ダイジェストをここに投稿」と送ってください。";

    public const string NotOnRoster =
        "申し訳ありません。PlanBot の名簿にまだ登録されていないため、お答えできません。管理者に名簿への登録をご依頼ください。";

    public const string NoPlan = "アクションプランがまだ取り込まれていません。管理者にお問い合わせください。";
}
