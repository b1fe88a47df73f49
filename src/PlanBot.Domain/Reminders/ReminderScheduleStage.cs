namespace PlanBot.Domain.Reminders;

/// <summary>The three moments of a quarter's reminder cycle, in the order they happen.</summary>
public enum ReminderScheduleStage
{
    /// <summary>The first reminder to every owner, before the quarter ends.</summary>
    FirstReminder,

    /// <summary>The follow-up to owners who have not answered, after the quarter ends.</summary>
    FollowUp,

    /// <summary>The notice to managers listing who still has not answered.</summary>
    ManagerNotice,
}
