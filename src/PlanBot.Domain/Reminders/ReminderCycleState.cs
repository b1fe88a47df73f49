namespace PlanBot.Domain.Reminders;

/// <summary>A cycle is open from its first reminder until it is closed; a closed cycle accepts no answer.</summary>
public enum ReminderCycleState
{
    Open,
    Closed,
}
