namespace PlanBot.Teams.Reminders;

/// <summary>Who last submitted the card and when.</summary>
public sealed record ReminderCardRecord(string ReporterName, DateTimeOffset RecordedAt);
