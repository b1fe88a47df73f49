using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Progress;

/// <summary>
/// One answer of a person in charge about a sub-theme (<see cref="SubThemeKey"/>, e.g. "5-2") for a fiscal quarter.
/// Every submission is kept; the latest per sub-theme and quarter is the current one.
/// </summary>
public sealed record ProgressReport(
    string SubThemeKey,
    FiscalQuarter Quarter,
    ProgressStatus Status,
    int PercentComplete,
    string? Comment,
    string ReporterEmail,
    DateTimeOffset ReportedAt);
