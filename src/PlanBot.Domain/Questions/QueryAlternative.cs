namespace PlanBot.Domain.Questions;

/// <summary>
/// A question the asker most likely meant (「もしかして」), offered as a button when theirs was understood only in part.
/// It names what it is about, so that the engine offers only alternatives within what the asker may see.
/// <see cref="FromQuestion"/> is true when it is the asker's own question with a word put right, false when it is a
/// general question built from what was understood.
/// </summary>
public sealed record QueryAlternative(
    string Question, int? Initiative = null, string? Department = null, string? PersonEmail = null, bool FromQuestion = true);
