using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Digest;

/// <summary>A sub-theme whose fiscal-year target (到達目標・KGI) is at risk: the targets, its latest status and progress, and why.</summary>
public sealed record DigestKgiAtRisk(
    DigestSubTheme SubTheme,
    IReadOnlyList<string> Targets,
    ProgressStatus Status,
    int PercentComplete,
    KgiRiskReason Reason);
