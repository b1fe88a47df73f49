using PlanBot.Domain.Calendar;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Reminders;

/// <summary>
/// A validated card submission: the reports to store, all or none, keyed by <see cref="Id"/> so a redelivery is
/// stored once. Kept whole as history (who, when, from which card, the values).
/// </summary>
public sealed record ProgressSubmission(
    SubmissionId Id,
    FiscalQuarter Quarter,
    string ReporterEmail,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<ProgressReport> Reports)
{
    /// <summary>The card it was sent from ("2026Q3:reminder:alice@example.com:1"), as the card said; null when unknown.</summary>
    public string? CardId { get; init; }

    /// <summary>
    /// How long an identical answer from the same card counts as the same submission (a double click, or a second press
    /// while the first was still on its way): it is stored once.
    /// </summary>
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromMinutes(1);

    /// <summary>
    /// True when this submission says again what <paramref name="earlier"/> said, from the same card, by the same person,
    /// within <see cref="RepeatWindow"/>: the same items with the same status, percent and comment.
    /// </summary>
    public bool Repeats(ProgressSubmission earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return earlier.Quarter == Quarter
            && string.Equals(earlier.ReporterEmail, ReporterEmail, StringComparison.OrdinalIgnoreCase)
            && string.Equals(earlier.CardId, CardId, StringComparison.Ordinal)
            && SubmittedAt >= earlier.SubmittedAt && SubmittedAt - earlier.SubmittedAt <= RepeatWindow
            && Answers(earlier).SetEquals(Answers(this));

        static HashSet<(string, ProgressStatus, int, string?)> Answers(ProgressSubmission submission) =>
            [.. submission.Reports.Select(r => (r.SubThemeKey, r.Status, r.PercentComplete, r.Comment))];
    }
}
