namespace PlanBot.Domain.Questions;

/// <summary>
/// An initiative as a question can name it: by number (取組5), or by part of its title or of a sub-theme's label
/// (①域外企業の農業参入促進, 【木材サプライチェーン構築】).
/// </summary>
public sealed record InitiativeName(int Number, string Title, IReadOnlyList<string>? Labels = null);
