namespace PlanBot.Teams.Questions;

/// <summary>Keys of the hidden data on the answer card's buttons (the card has no inputs, so nothing can collide).</summary>
public static class AnswerCardDataKeys
{
    /// <summary>The question a suggestion button asks, exactly as its title shows it.</summary>
    public const string Question = "question";
}
