using PlanBot.Domain.People;

namespace PlanBot.Domain.Questions;

/// <summary>What asking gave: an answer, or why there is none (the asker is not on the roster, no plan is stored).</summary>
public sealed record QuestionOutcome(QuestionOutcomeKind Kind, Person? Asker, PlanQuery? Query, Answer? Answer)
{
    public static QuestionOutcome NotOnRoster() => new(QuestionOutcomeKind.NotOnRoster, null, null, null);

    public static QuestionOutcome NoPlan(Person asker) => new(QuestionOutcomeKind.NoPlan, asker, null, null);

    public static QuestionOutcome Answered(Person asker, PlanQuery query, Answer answer) => new(QuestionOutcomeKind.Answered, asker, query, answer);
}
