namespace PlanBot.Data.Rows;

/// <summary>
/// One card submission in a cycle, kept as history (who, when, from which card); its values are the progress reports linked to it.
/// <see cref="SubmissionId"/> is unique, so a redelivered submission is stored once.
/// </summary>
public sealed class ProgressSubmissionRow
{
    public long Id { get; set; }

    public required string SubmissionId { get; set; }

    public int CycleId { get; set; }

    public required string ReporterEmail { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>The card the submission came from, as the card said (its outbox key); null for submissions stored before it was kept.</summary>
    public string? CardId { get; set; }

    public List<SubmissionReportRow> Reports { get; } = [];
}
