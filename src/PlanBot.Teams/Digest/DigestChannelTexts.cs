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
}
