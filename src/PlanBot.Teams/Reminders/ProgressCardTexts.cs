namespace PlanBot.Teams.Reminders;

/// <summary>What PlanBot tells a user whose reminder card it cannot record; polite, short Japanese.</summary>
internal static class ProgressCardTexts
{
    public const string Unreadable = "カードの内容を読み取れませんでした。お手数ですが、最新のリマインドカードから送信し直してください。";

    public const string NotOnRoster = "名簿にご登録がないため、回答を記録できません。管理者にお問い合わせください。";

    public const string UnknownCycle = "このカードのリマインドが見つからないため、回答を記録できません。管理者にお問い合わせください。";

    public const string NotRecorded = "ただいま保存できないため、回答は記録されていません。入力内容はそのまま残っていますので、しばらくしてからもう一度送信してください。";

    public const string RecordSummary = "進捗報告";

    public const string UnreadableSummary = "送信できませんでした";
}
