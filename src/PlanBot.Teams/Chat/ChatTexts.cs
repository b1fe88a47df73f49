namespace PlanBot.Teams.Chat;

/// <summary>
/// The Japanese the chat router and every feature share in plain replies; each feature keeps its own words in its
/// *Texts class.
/// </summary>
internal static class ChatTexts
{
    /// <summary>The asker is not on the roster, so PlanBot cannot know what they may see.</summary>
    public const string NotOnRoster =
        "申し訳ありません。PlanBot の名簿にまだ登録されていないため、お答えできません。管理者に名簿への登録をご依頼ください。";

    public const string NoPlan = "アクションプランがまだ取り込まれていません。管理者にお問い合わせください。";

    /// <summary>A command for admins, written by someone who is not one (or not on the roster).</summary>
    public static string AdminsOnly(ChatCommand command) => $"申し訳ありません。「{command.Name}」は管理者のみ実行できます。";

    /// <summary>A command written where it does not work: says where it does.</summary>
    public static string OnlyIn(ChatCommand command) => command.Scopes switch
    {
        ChatScopes.Team => $"「{command.Name}」はチームのチャネルで使います。そのチャネルで PlanBot をメンションして「{command.Name}」と送ってください。",
        ChatScopes.Personal => $"「{command.Name}」は PlanBot との個人チャットでお使いいただけます。お手数ですが、個人チャットでもう一度お送りください。",
        _ => $"「{command.Name}」はこの場所では使えません。PlanBot との個人チャットで送ってください。",
    };
}
