namespace PlanBot.Data.Rows;

/// <summary>
/// Ties a progress report to the card submission it came with. A link row rather than a column on progress_reports, so
/// the history table keeps its shape and reports written otherwise need nothing.
/// </summary>
public sealed class SubmissionReportRow
{
    public long ProgressSubmissionId { get; set; }

    public long ProgressReportId { get; set; }

    public ProgressReportRow Report { get; set; } = null!;
}
