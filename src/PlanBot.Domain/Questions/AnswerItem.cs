namespace PlanBot.Domain.Questions;

/// <summary>One entry of an answer: a title, its facts, and free lines (planned items, a person's open items).</summary>
public sealed record AnswerItem(string Title, IReadOnlyList<AnswerFact> Facts, IReadOnlyList<string> Lines);
