namespace PlanBot.Domain.Reminders;

/// <summary>An error to show beside a card input: which item (null for the whole card), which field, and the polite Japanese message.</summary>
public sealed record AnswerError(string? SubThemeKey, AnswerField Field, string Message);
