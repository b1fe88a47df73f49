using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Export;

/// <summary>How a sub-theme's status moved from one quarter to the next, as the paper's arrow shows it.</summary>
public enum StatusTrend
{
    /// <summary>The same status, or nothing to compare.</summary>
    None,

    /// <summary>↑ towards 完了 (遅延 → 要注意 → 未着手 → 順調 → 完了).</summary>
    Better,

    /// <summary>↓ towards 遅延.</summary>
    Worse,

    /// <summary>→ changed, but not along that line (to or from 中止 or 未回答).</summary>
    Changed,
}

internal static class StatusTrends
{
    public static StatusTrend Between(ProgressStatus? before, ProgressStatus? now)
    {
        if (before == now)
        {
            return StatusTrend.None;
        }

        return (Rank(before), Rank(now)) switch
        {
            ({ } b, { } n) when n > b => StatusTrend.Better,
            ({ } b, { } n) when n < b => StatusTrend.Worse,
            _ => StatusTrend.Changed,
        };
    }

    /// <summary>Where a status stands between trouble and done; null for statuses off that line.</summary>
    private static int? Rank(ProgressStatus? status) => status switch
    {
        ProgressStatus.Delayed => 0,
        ProgressStatus.AtRisk => 1,
        ProgressStatus.NotStarted => 2,
        ProgressStatus.OnTrack => 3,
        ProgressStatus.Completed => 4,
        _ => null,
    };
}
