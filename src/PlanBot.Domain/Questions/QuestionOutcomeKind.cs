namespace PlanBot.Domain.Questions;

public enum QuestionOutcomeKind
{
    Answered,

    /// <summary>The asker matched nobody on the roster, so there is no scope to answer in.</summary>
    NotOnRoster,

    /// <summary>No plan has been imported yet.</summary>
    NoPlan,
}
