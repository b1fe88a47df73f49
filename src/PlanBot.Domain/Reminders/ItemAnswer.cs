namespace PlanBot.Domain.Reminders;

/// <summary>The latest answer recorded for a sub-theme in a cycle: by whom, from which submission, when.</summary>
public sealed record ItemAnswer(string SubThemeKey, string ReporterEmail, SubmissionId SubmissionId, DateTimeOffset AnsweredAt);
