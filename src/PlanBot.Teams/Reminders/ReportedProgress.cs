using PlanBot.Domain.Calendar;
using PlanBot.Domain.Progress;

namespace PlanBot.Teams.Reminders;

/// <summary>A stored answer as a card shows it: what, for which quarter, who and when.</summary>
public sealed record ReportedProgress(
    ProgressStatus Status,
    int PercentComplete,
    string? Comment,
    FiscalQuarter Quarter,
    string ReporterName,
    DateTimeOffset ReportedAt);
