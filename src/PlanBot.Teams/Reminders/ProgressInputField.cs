namespace PlanBot.Teams.Reminders;

/// <summary>The inputs a reminder card has per sub-theme.</summary>
public enum ProgressInputField
{
    /// <summary>状況</summary>
    Status,

    /// <summary>進捗率</summary>
    Percent,

    /// <summary>コメント</summary>
    Comment,
}
