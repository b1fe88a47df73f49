namespace PlanBot.Domain.Reminders;

/// <summary>
/// Why an answer on a reminder card was refused. The problem decides where the card shows it
/// (<see cref="AnswerError.Field"/>) and how it is worded (<see cref="ReminderTexts.Message"/>), so neither the card nor
/// the handler has to read a message back to know what went wrong.
/// </summary>
public enum AnswerProblem
{
    /// <summary>The cycle is closed: nothing on the card is accepted.</summary>
    CycleClosed,

    /// <summary>Every item on the card was left blank.</summary>
    NothingEntered,

    /// <summary>The same item was answered twice in one submission.</summary>
    DuplicateItem,

    /// <summary>The item is not part of this cycle.</summary>
    NotAsked,

    /// <summary>The person who answered is not in charge of the item.</summary>
    NotAnOwner,

    StatusMissing,

    /// <summary>Not one of 未着手・順調・要注意・遅延・完了・中止.</summary>
    StatusUnknown,

    PercentMissing,

    /// <summary>"半分", "abc": not a number at all.</summary>
    PercentNotANumber,

    /// <summary>"120", "-5", "12.5": a number, only not an integer from 0 to 100.</summary>
    PercentOutOfRange,

    /// <summary>遅延 and 要注意 need a reason and the next step.</summary>
    CommentRequired,

    CommentTooLong,
}
