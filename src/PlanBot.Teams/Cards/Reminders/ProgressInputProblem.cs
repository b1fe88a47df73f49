namespace PlanBot.Teams.Cards.Reminders;

/// <summary>Why the server rejected an entry; each has its Japanese message in <see cref="ReminderCardTexts"/>.</summary>
public enum ProgressInputProblem
{
    StatusMissing,
    StatusUnknown,
    PercentMissing,
    PercentNotANumber,
    PercentOutOfRange,

    /// <summary>遅延 and 要注意 need a reason.</summary>
    CommentRequired,
    CommentTooLong,

    /// <summary>The person who answered is not in charge of this sub-theme.</summary>
    NotAnOwner,
}
