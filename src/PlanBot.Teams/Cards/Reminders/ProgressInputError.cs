namespace PlanBot.Teams.Cards.Reminders;

/// <summary>A rejected entry: which sub-theme, which input (null for the item as a whole), and why.</summary>
public sealed record ProgressInputError(string SubThemeKey, ProgressInputField? Field, ProgressInputProblem Problem);
