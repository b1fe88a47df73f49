namespace PlanBot.Domain.Questions;

/// <summary>
/// An answer ready to show, in Japanese, independent of how it is shown: <see cref="AnswerText"/> renders it as plain
/// text (CLI, fallback), the Teams layer as an Adaptive Card (suggestions as buttons). Sizes are capped by
/// <see cref="AnswerBuilder"/> (items, comment length, plan lines), so a card stays far below Teams' 100 KB limit.
/// </summary>
public sealed record Answer(
    AnswerKind Kind,
    string Heading,
    string Scope,
    IReadOnlyList<string> Notes,
    IReadOnlyList<AnswerFact> Facts,
    IReadOnlyList<AnswerGroup> Groups,
    int MoreCount,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<string> Help);
