namespace PlanBot.Domain.Questions;

/// <summary>
/// What the asker may see, as applied to a result: managers and admins see everything; members see their own items and
/// their department's. <see cref="DeniedDepartments"/> lists departments the question named but the asker may not see.
/// </summary>
public sealed record QueryAccess(bool Everything, string? Department, string AskerEmail, IReadOnlyList<string> DeniedDepartments)
{
    public string ToJapanese() => QuestionTexts.Access(this);
}
