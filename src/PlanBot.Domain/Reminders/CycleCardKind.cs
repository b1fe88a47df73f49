namespace PlanBot.Domain.Reminders;

/// <summary>The cards a cycle sends an owner.</summary>
public enum CycleCardKind
{
    /// <summary>The first reminder, with the inputs.</summary>
    Reminder,

    /// <summary>The follow-up to those who have not answered.</summary>
    FollowUp,
}
