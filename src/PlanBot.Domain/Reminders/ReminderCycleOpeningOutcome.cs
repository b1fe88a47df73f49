namespace PlanBot.Domain.Reminders;

/// <summary>What happened when a quarter's first reminder fired.</summary>
public enum ReminderCycleOpeningOutcome
{
    /// <summary>A new cycle was opened; its cards are to be sent.</summary>
    Opened,

    /// <summary>The quarter already has a cycle: a re-fire or a second manual run sends nothing new.</summary>
    AlreadyOpened,

    /// <summary>The plan asks nothing for the quarter (see <see cref="ReminderPlan.Nothing"/>); no cycle.</summary>
    NothingToAsk,
}
