using System.Globalization;
using System.Text;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Reminders;

/// <summary>
/// Checks a submitted reminder card on the server: the cycle is open, each answered item was asked of this person,
/// and each answer is complete and in range. All or nothing: one error and no report is returned.
/// </summary>
public static class ProgressAnswerValidator
{
    /// <param name="submitter">The roster person the Teams user was matched to.</param>
    /// <param name="submittedAt">When the submission arrived; it becomes every report's ReportedAt.</param>
    public static AnswerValidation Validate(
        Person submitter,
        ReminderCycle cycle,
        SubmissionId submissionId,
        IReadOnlyList<ProgressAnswer> answers,
        DateTimeOffset submittedAt)
    {
        ArgumentNullException.ThrowIfNull(submitter);
        ArgumentNullException.ThrowIfNull(cycle);
        ArgumentNullException.ThrowIfNull(answers);
        if (cycle.State == ReminderCycleState.Closed)
        {
            return AnswerValidation.Invalid([new AnswerError(null, AnswerProblem.CycleClosed)]);
        }

        var given = answers
            .Where(a => a is not null && !a.IsBlank)
            .Select(a => a with { SubThemeKey = a.SubThemeKey?.Trim() ?? string.Empty })
            .ToArray();
        if (given.Length == 0)
        {
            return AnswerValidation.Invalid([new AnswerError(null, AnswerProblem.NothingEntered)]);
        }

        var errors = new List<AnswerError>();
        var reports = new List<ProgressReport>();
        var asked = cycle.SubThemeKeys;
        foreach (var group in given.GroupBy(a => a.SubThemeKey, StringComparer.Ordinal))
        {
            var key = group.Key;
            if (group.Count() > 1)
            {
                errors.Add(new AnswerError(key, AnswerProblem.DuplicateItem));
                continue;
            }

            if (!asked.Contains(key))
            {
                errors.Add(new AnswerError(key, AnswerProblem.NotAsked));
                continue;
            }

            if (!cycle.IsOwnerOf(submitter.Email, key))
            {
                errors.Add(new AnswerError(key, AnswerProblem.NotAnOwner));
                continue;
            }

            var answer = group.Single();
            var itemErrors = new List<AnswerError>();
            ProgressStatus status = default;
            if (string.IsNullOrWhiteSpace(answer.Status))
            {
                itemErrors.Add(new AnswerError(key, AnswerProblem.StatusMissing));
            }
            else if (!ProgressStatusNames.TryParse(answer.Status, out status))
            {
                itemErrors.Add(new AnswerError(key, AnswerProblem.StatusUnknown));
            }

            int percent = 0;
            if (string.IsNullOrWhiteSpace(answer.Percent))
            {
                itemErrors.Add(new AnswerError(key, AnswerProblem.PercentMissing));
            }
            else if (!TryParsePercent(answer.Percent, out percent))
            {
                itemErrors.Add(new AnswerError(key, IsNumber(answer.Percent) ? AnswerProblem.PercentOutOfRange : AnswerProblem.PercentNotANumber));
            }

            var comment = string.IsNullOrWhiteSpace(answer.Comment) ? null : answer.Comment.Trim();
            if (comment is { Length: > ReminderTexts.MaxCommentLength })
            {
                itemErrors.Add(new AnswerError(key, AnswerProblem.CommentTooLong));
            }
            else if (comment is null && itemErrors.All(e => e.Field != AnswerField.Status) && NeedsComment(status))
            {
                itemErrors.Add(new AnswerError(key, AnswerProblem.CommentRequired));
            }

            if (itemErrors.Count > 0)
            {
                errors.AddRange(itemErrors);
                continue;
            }

            reports.Add(new ProgressReport(key, cycle.Quarter, status, percent, comment, submitter.Email, submittedAt));
        }

        return errors.Count > 0
            ? AnswerValidation.Invalid(errors)
            : AnswerValidation.Valid(new ProgressSubmission(submissionId, cycle.Quarter, submitter.Email, submittedAt, reports));
    }

    /// <summary>遅延 and 要注意 must say why and what comes next.</summary>
    public static bool NeedsComment(ProgressStatus status) => status is ProgressStatus.Delayed or ProgressStatus.AtRisk;

    /// <summary>"120", "-5", "３０％" and "12.5" are numbers, only not acceptable ones; "半分" is not a number at all.</summary>
    private static bool IsNumber(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC).Trim().TrimEnd('%').Trim();
        return double.TryParse(folded, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n);
    }

    /// <summary>An integer 0–100, written with half- or full-width digits and an optional trailing % or ％.</summary>
    public static bool TryParsePercent(string? text, out int percent)
    {
        percent = 0;
        if (text is null)
        {
            return false;
        }

        var folded = text.Normalize(NormalizationForm.FormKC).Trim();
        if (folded.EndsWith('%'))
        {
            folded = folded[..^1].TrimEnd();
        }

        return folded.Length is > 0 and <= 3
            && folded.All(char.IsAsciiDigit)
            && int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out percent)
            && percent is >= 0 and <= 100;
    }
}
