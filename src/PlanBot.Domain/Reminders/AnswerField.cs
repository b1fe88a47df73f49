namespace PlanBot.Domain.Reminders;

/// <summary>Where on the card an error is shown.</summary>
public enum AnswerField
{
    /// <summary>The whole card (closed cycle, nothing entered); the error has no sub-theme key.</summary>
    Card,

    /// <summary>The item as a whole (not theirs, not asked, given twice).</summary>
    Item,

    Status,

    Percent,

    Comment,
}
