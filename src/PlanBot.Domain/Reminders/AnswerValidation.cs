namespace PlanBot.Domain.Reminders;

/// <summary>Either the submission to store or the errors to show; never both, and nothing is stored when there are errors.</summary>
public sealed record AnswerValidation
{
    private AnswerValidation(ProgressSubmission? submission, IReadOnlyList<AnswerError> errors)
    {
        Submission = submission;
        Errors = errors;
    }

    public ProgressSubmission? Submission { get; }

    public IReadOnlyList<AnswerError> Errors { get; }

    public bool IsValid => Submission is not null;

    internal static AnswerValidation Valid(ProgressSubmission submission) => new(submission, []);

    internal static AnswerValidation Invalid(IReadOnlyList<AnswerError> errors) => new(null, errors);
}
