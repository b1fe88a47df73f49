namespace PlanBot.Domain.Reminders;

/// <summary>A refused answer: which item (null for the whole card) and why. Where it is shown and its words follow from the problem.</summary>
public sealed record AnswerError(string? SubThemeKey, AnswerProblem Problem)
{
    /// <summary>Beside which input of the item the error belongs.</summary>
    public AnswerField Field => Problem switch
    {
        AnswerProblem.CycleClosed or AnswerProblem.NothingEntered => AnswerField.Card,
        AnswerProblem.DuplicateItem or AnswerProblem.NotAsked or AnswerProblem.NotAnOwner => AnswerField.Item,
        AnswerProblem.StatusMissing or AnswerProblem.StatusUnknown => AnswerField.Status,
        AnswerProblem.PercentMissing or AnswerProblem.PercentNotANumber or AnswerProblem.PercentOutOfRange => AnswerField.Percent,
        AnswerProblem.CommentRequired or AnswerProblem.CommentTooLong => AnswerField.Comment,
        _ => throw new InvalidOperationException($"Unknown answer problem {Problem}."),
    };

    /// <summary>The polite Japanese the user reads.</summary>
    public string Message => ReminderTexts.Message(Problem);
}
