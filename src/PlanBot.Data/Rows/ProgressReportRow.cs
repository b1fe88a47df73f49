using PlanBot.Domain.Progress;

namespace PlanBot.Data.Rows;

/// <summary>One progress report, kept forever; it points at the sub-theme row, whose id survives re-imports.</summary>
public sealed class ProgressReportRow
{
    public long Id { get; set; }

    public int SubThemeId { get; set; }

    public SubThemeRow SubTheme { get; set; } = null!;

    public int FiscalYear { get; set; }

    public int Quarter { get; set; }

    public ProgressStatus Status { get; set; }

    public int PercentComplete { get; set; }

    public string? Comment { get; set; }

    public required string ReporterEmail { get; set; }

    /// <summary>UTC; SQLite cannot order DateTimeOffset, so the instant is stored as a UTC DateTime.</summary>
    public DateTime ReportedAtUtc { get; set; }
}
