namespace PlanBot.Domain.Questions;

/// <summary>A labelled value ("状況" → "遅延"); a card shows these as a fact set.</summary>
public sealed record AnswerFact(string Label, string Value);
