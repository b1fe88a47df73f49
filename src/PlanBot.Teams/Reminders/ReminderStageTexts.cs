using System.Globalization;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;

namespace PlanBot.Teams.Reminders;

/// <summary>Every Japanese sentence proactive sends add to their cards, in one place for review. Polite and short.</summary>
internal static class ProactiveTexts
{
    /// <summary>Sent as the message text above a follow-up card: a gentle nudge, not a scolding.</summary>
    public static string FollowUpNudge(FiscalQuarter quarter) =>
        $"{quarter.ToJapanese()}の進捗報告がまだ届いていない項目があります。お手数ですが、下のカードからご回答ください。";

    public static string ManagerNoticeTitle(FiscalQuarter quarter) => $"{quarter.ToJapanese()} 進捗報告の未回答者";

    public static string ManagerNoticeSummary(FiscalQuarter quarter, int owners) =>
        $"{quarter.ToJapanese()}の進捗報告で、まだ回答のない方が{owners.ToString(CultureInfo.InvariantCulture)}名います。声かけをお願いします。";

    public static string ManagerNoticeEveryoneAnswered(FiscalQuarter quarter) =>
        $"{quarter.ToJapanese()}の進捗報告は、全員から回答をいただきました。ご協力ありがとうございました。";

    public static string DepartmentHeading(string? department, int owners) =>
        $"{department ?? DepartmentLabels.None}({owners.ToString(CultureInfo.InvariantCulture)}名)";

    /// <summary>"田中 一郎さん: 未回答 3件"; the name is the roster's.</summary>
    public static string UnansweredOwner(string name, int items) =>
        $"{name}さん: 未回答 {items.ToString(CultureInfo.InvariantCulture)}件";
}
