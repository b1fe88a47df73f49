using System.Globalization;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;

namespace PlanBot.Teams.Reminders;

/// <summary>Every word the reminder card shows, in one place for review. Polite, short Japanese.</summary>
internal static class ReminderCardTexts
{
    public const string StatusLabel = "状況";
    public const string StatusPlaceholder = "選んでください";
    public static string StatusRequired => ReminderTexts.Message(AnswerProblem.StatusMissing);
    public const string PercentLabel = "進捗率(0〜100%)";
    public static string PercentInvalid => ReminderTexts.Message(AnswerProblem.PercentOutOfRange);
    public const string CommentLabel = "コメント";
    public const string CommentHint = "コメントには、実施したこと・遅れの理由・次の一手をお書きください。「遅延」「要注意」のときは必須です。";
    public const string Submit = "送信する";
    public const string Resubmit = "修正して送信する";
    public const string FixErrors = "入力内容をご確認ください。まだ記録されていません。";
    public const string Closed = "このリマインドは締め切りました。ご協力ありがとうございました。";
    public const string NotAnswered = "未回答";
    public const string NotRecordedEntry = "ご入力の内容(記録されていません):";

    /// <summary>A rejected entry as typed, blanks shown as "-": "状況 順調 / 進捗率 50 / コメント …".</summary>
    public static string EntryText(ProgressEntry entry) =>
        $"{StatusLabel} {Typed(entry.Status)} / 進捗率 {Typed(entry.Percent)} / {CommentLabel} {Typed(entry.Comment)}";

    private static string Typed(string? text) => string.IsNullOrWhiteSpace(text) ? "-" : text.Trim();

    private static readonly string[] Weekdays = ["日", "月", "火", "水", "木", "金", "土"];

    public static string Title(FiscalQuarter quarter, ReminderCardPart? part) =>
        part is { Count: > 1 } p ? $"{quarter.ToJapanese()} 進捗報告のお願い({p.Number}/{p.Count})" : $"{quarter.ToJapanese()} 進捗報告のお願い";

    public static string FallbackText(FiscalQuarter quarter) => $"{quarter.ToJapanese()}の進捗報告をお願いします。";

    public static string Greeting(string personName, int itemCount) =>
        $"{personName}さん、ご担当の取組 {itemCount}件について、今期の進捗をお知らせください。";

    public static string ClosedGreeting(string personName) => $"{personName}さんの今期の報告内容です。";

    public static string DeadlineLine(DateOnly deadline) => $"締め切り: {Date(deadline)}";

    public static string Recorded(ReminderCardRecord record, DateOnly deadline) =>
        $"{record.ReporterName}さんが {DateAndTime(record.RecordedAt)} に記録しました。締め切り({Date(deadline)})までは修正できます。";

    public static string InitiativeHeading(int number, string title) => $"取組{number}. {title}";

    /// <summary>Short, because every item repeats it: "2024年度 第3四半期の計画", "2025年度の計画", "2025年度の到達目標・KGI".</summary>
    public static string PlanHeading(PlanPeriod period) => period switch
    {
        { Kind: PlanCellKind.Kgi } => $"{period.FiscalYear}年度の到達目標・KGI",
        { Quarter: { } q } => $"{period.FiscalYear}年度 第{q}四半期の計画",
        _ => $"{period.FiscalYear}年度の計画",
    };

    /// <summary>"**2025年度の計画**" over the plan's lines; the lines are the plan document's, not users'.</summary>
    public static string PlanExcerpt(PlanExcerpt excerpt) =>
        $"**{PlanHeading(excerpt.Period)}**\n{string.Join('\n', excerpt.Lines)}";

    public static string LastReport(ReportedProgress report) =>
        $"前回の報告({report.Quarter.ToJapanese()}): {Summary(report)}";

    public static string CurrentAnswer(ReportedProgress answer) =>
        $"今期の記録: {Summary(answer)}({answer.ReporterName}さん、{DateAndTime(answer.ReportedAt)})";

    private static string Summary(ReportedProgress report) =>
        $"{report.Status.ToJapanese()}・{report.PercentComplete.ToString(CultureInfo.InvariantCulture)}%";

    /// <summary>"12月26日(金)"; the weekday is spelled here so the text does not depend on the host's ICU data.</summary>
    private static string Date(DateOnly date) => $"{date.Month}月{date.Day}日({Weekdays[(int)date.DayOfWeek]})";

    /// <summary>"11月28日 14:05" in Japan time.</summary>
    private static string DateAndTime(DateTimeOffset instant)
    {
        var local = JapanTime.ToJapan(instant);
        return $"{local.Month}月{local.Day}日 {local.Hour:00}:{local.Minute:00}";
    }
}
