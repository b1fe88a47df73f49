using System.Globalization;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;

namespace PlanBot.Teams.RosterCheck;

/// <summary>Every word of the roster check card (「名簿確認」), in one place for review. Polite and short.</summary>
internal static class RosterCheckCardTexts
{
    /// <summary>What Teams shows for the card in the activity feed and the chat list.</summary>
    public const string Summary = "PlanBot の名簿確認";

    public const string Title = "名簿確認";

    public const string Bullet = "・";

    /// <summary>Between the names of a list in the text version.</summary>
    public const string ListSeparator = "、";

    public const string RosterLabel = "名簿";

    public const string FoundLabel = "Teams で確認できた方";

    public const string TeamsLabel = "確認したチーム";

    public const string NoTeams =
        "PlanBot がどのチームにも追加されていないため、Teams のメンバーを確認できませんでした。担当者が参加しているチームに PlanBot を追加してください（チームの「アプリ」から追加できます）。";

    public const string NoTeamRead = "どのチームのメンバー一覧も取得できなかったため、Teams のメンバーは確認できていません。";

    public const string TeamsNotSearchedHeading = "確認できなかったチーム";

    public const string TeamsNotSearchedNote = "メンバー一覧を取得できませんでした。しばらくしてから、もう一度「名簿確認」とお送りください。";

    public const string UnknownMembersHeading = "名簿に登録されていない Teams ユーザー";

    public const string UnknownMembersNote = "名簿にない方は進捗を報告できません。必要な方は名簿に追加してください。";

    public const string PeopleNotFoundHeading = "Teams で見つからない名簿の方";

    public const string PeopleNotFoundNote = "リマインドカードを受け取れません。チームへの参加と、名簿のメールアドレスをご確認ください。";

    public const string UnownedHeading = "担当者のいない取組";

    public const string UnownedNote = "進捗を尋ねる相手がいません。担当部署の方を名簿に追加するか、担当者を割り当ててください。";

    public const string NoPlan = "アクションプランがまだ取り込まれていないため、担当は確認していません。";

    public const string NoCycle = "今期のリマインドはまだ始まっていません。";

    public const string None = "ありません。";

    public static string Count(int people) => $"{people.ToString(CultureInfo.InvariantCulture)}名";

    public static string Items(int items) => $"{items.ToString(CultureInfo.InvariantCulture)}件";

    public static string Heading(string heading, string count) => $"{heading}（{count}）";

    public static string More(string count) => $"ほか {count}";

    public static string UndeliveredHeading(FiscalQuarter quarter) => $"{quarter.ToJapanese()}のリマインドカードが届いていない方";

    /// <summary>"5. 地域産業の振興 / デジタル化支援": the initiative's number and title, and the sub-theme's label when it has one.</summary>
    public static string SubTheme(int initiativeNumber, string title, string? label) =>
        $"{initiativeNumber.ToString(CultureInfo.InvariantCulture)}. {title}{(label is null ? "" : $" / {label}")}";

    /// <param name="unowned">The sub-theme.</param>
    /// <param name="department">Its 担当部署 as the card shows it (shortened).</param>
    public static string UnownedReason(UnownedSubTheme unowned, string department)
    {
        ArgumentNullException.ThrowIfNull(unowned);
        return unowned.Reason == Domain.People.UnownedReason.NoDepartment
            ? "担当部署が未設定で、担当者も割り当てられていません"
            : $"{department}の方が名簿にいません";
    }

    public static string Reason(UndeliveredReason reason) => reason switch
    {
        UndeliveredReason.Waiting => "送信待ちです",
        UndeliveredReason.NotFoundInTeams => "Teams で見つかりません（再試行中）",
        UndeliveredReason.Retrying => "送信に失敗しました（再試行中）",
        _ => "送信できませんでした（再送しません）",
    };
}
