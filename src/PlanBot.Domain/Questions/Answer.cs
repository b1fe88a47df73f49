namespace PlanBot.Domain.Questions;

/// <summary>
/// An answer ready to show, in Japanese, independent of how it is shown: <see cref="AnswerText"/> renders it as plain
/// text (CLI, fallback), the Teams layer as an Adaptive Card (suggestions as buttons under
/// <see cref="SuggestionsHeading"/>). Sizes are capped by <see cref="AnswerBuilder"/> (items, comment length, plan
/// lines), so a card stays far below Teams' limits.
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
    IReadOnlyList<string> Help)
{
    /// <summary>What the suggestions are: examples, 「もしかして」, the next questions about one initiative, or narrowing down.</summary>
    public string SuggestionsHeading { get; init; } = QuestionTexts.SuggestionsHeading;
}
