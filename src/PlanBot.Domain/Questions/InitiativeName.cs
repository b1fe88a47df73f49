namespace PlanBot.Domain.Questions;

/// <summary>An initiative as a question can name it: by number (取組5) or by part of its title.</summary>
public sealed record InitiativeName(int Number, string Title);
