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
}
