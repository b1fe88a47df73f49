namespace PlanBot.Domain.Reminders;

/// <summary>The outcome of a first-reminder firing and the cycle it concerns (the new or the existing one; null when nothing is asked).</summary>
public sealed record ReminderCycleOpening(ReminderCycleOpeningOutcome Outcome, ReminderCycle? Cycle);
