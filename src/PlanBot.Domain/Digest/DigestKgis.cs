using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Digest;

/// <summary>
/// The fiscal year's KGIs: how many sub-themes have one due this year (a non-empty KGI cell), how many of those are
/// reported 完了, how far through the year we are (<paramref name="ElapsedPercent"/>), and those at risk.
/// </summary>
public sealed record DigestKgis(
    FiscalYear Year,
    int DueCount,
    int CompletedCount,
    int ElapsedPercent,
    CappedList<DigestKgiAtRisk> AtRisk);
