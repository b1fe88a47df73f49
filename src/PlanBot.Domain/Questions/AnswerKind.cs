namespace PlanBot.Domain.Questions;

/// <summary>The shape of an answer, for renderers that lay them out differently (a card shows a summary as a table).</summary>
public enum AnswerKind
{
    Items,
    Count,
    Summary,
    Unanswered,
    Plan,
    Empty,
    Help,
    NotUnderstood,
}
