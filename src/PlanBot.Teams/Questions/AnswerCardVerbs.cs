using PlanBot.Teams.Cards;

namespace PlanBot.Teams.Questions;

/// <summary>
/// The verb of the answer card's suggestion buttons (Action.Execute), which the <c>adaptiveCard/action</c> handler routes
/// to the question handler.
/// </summary>
public static class AnswerCardVerbs
{
    /// <summary>
    /// Ask the suggested question: the text is in the data under <see cref="AnswerCardDataKeys.Question"/> (the verb is
    /// repeated under <see cref="CardDataKeys.Verb"/> for the Action.Submit fallback).
    /// </summary>
    public const string AskQuestion = "question.ask";
}
