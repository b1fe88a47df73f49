using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Digest;

/// <summary>
/// A sub-theme whose status changed into <paramref name="Status"/> since the last digest: from
/// <paramref name="Previous"/> (null: never reported before), by whom and when (the latest report, JST in display).
/// </summary>
public sealed record DigestStatusChange(
    DigestSubTheme SubTheme,
    ProgressStatus? Previous,
    ProgressStatus Status,
    int PercentComplete,
    string ReporterName,
    DateTimeOffset ReportedAt);
