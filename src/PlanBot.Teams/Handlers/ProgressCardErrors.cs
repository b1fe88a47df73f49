using System.Globalization;
using System.Text;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards.Reminders;

namespace PlanBot.Teams.Handlers;

/// <summary>
/// Turns the domain validator's errors into the card's: the field they sit beside and the problem the card words. Errors
/// the card has no place for (the whole card, an item that is not on it) are returned as notices to show above the items.
/// </summary>
internal static class ProgressCardErrors
{
    public static (IReadOnlyList<ProgressInputError> Inputs, IReadOnlyList<string> Notices) ToCard(
        IReadOnlyList<AnswerError> errors,
        IReadOnlyList<ProgressEntry> entries,
        IReadOnlySet<string> keysOnCard)
    {
        var inputs = new List<ProgressInputError>();
        var notices = new List<string>();
        foreach (var error in errors)
        {
            var problem = Problem(error, entries);
            if (error.SubThemeKey is { } key && keysOnCard.Contains(key) && problem is { } p)
            {
                inputs.Add(new ProgressInputError(key, Field(error.Field), p));
            }
            else if (!notices.Contains(error.Message, StringComparer.Ordinal))
            {
                notices.Add(error.Message);
            }
        }

        return (inputs, notices);
    }

    /// <summary>
    /// The card limits comments more tightly than the domain (its size budget); a longer comment, which only a client that
    /// ignores the input's maxLength can send, is rejected here.
    /// </summary>
    public static IReadOnlyList<ProgressInputError> CommentsTooLongForCard(IReadOnlyList<ProgressEntry> entries) =>
        entries
            .Where(e => e.Comment is { } c && c.Trim().Length > ReminderCard.CommentMaxLength)
            .Select(e => new ProgressInputError(e.SubThemeKey, ProgressInputField.Comment, ProgressInputProblem.CommentTooLong))
            .ToArray();

    private static ProgressInputField? Field(AnswerField field) => field switch
    {
        AnswerField.Status => ProgressInputField.Status,
        AnswerField.Percent => ProgressInputField.Percent,
        AnswerField.Comment => ProgressInputField.Comment,
        _ => null,
    };

    private static ProgressInputProblem? Problem(AnswerError error, IReadOnlyList<ProgressEntry> entries) => error.Field switch
    {
        AnswerField.Status => string.Equals(error.Message, ReminderTexts.StatusMissing, StringComparison.Ordinal)
            ? ProgressInputProblem.StatusMissing
            : ProgressInputProblem.StatusUnknown,
        AnswerField.Percent when string.Equals(error.Message, ReminderTexts.PercentMissing, StringComparison.Ordinal) => ProgressInputProblem.PercentMissing,
        AnswerField.Percent => IsNumber(entries.FirstOrDefault(e => e.SubThemeKey == error.SubThemeKey)?.Percent)
            ? ProgressInputProblem.PercentOutOfRange
            : ProgressInputProblem.PercentNotANumber,
        AnswerField.Comment => string.Equals(error.Message, ReminderTexts.CommentRequired, StringComparison.Ordinal)
            ? ProgressInputProblem.CommentRequired
            : ProgressInputProblem.CommentTooLong,
        AnswerField.Item when string.Equals(error.Message, ReminderTexts.NotAnOwner, StringComparison.Ordinal) => ProgressInputProblem.NotAnOwner,
        _ => null,
    };

    /// <summary>"120", "-5", "３０％" and "12.5" are numbers, only not acceptable ones; "abc" is not a number at all.</summary>
    private static bool IsNumber(string? text)
    {
        var folded = text?.Normalize(NormalizationForm.FormKC).Trim().TrimEnd('%').Trim();
        return double.TryParse(folded, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n);
    }
}
