namespace PlanBot.Domain.Questions;

/// <summary>Words in a question that say what kind of answer is wanted; <see cref="QuestionParser"/> decides the intent from them.</summary>
internal enum QuestionCue
{
    Help,
    Count,
    Progress,
    List,
    People,
    PlanActions,
    PlanKgi,
}
