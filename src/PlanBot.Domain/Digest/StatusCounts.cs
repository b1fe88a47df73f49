using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Digest;

/// <summary>
/// Sub-themes counted by status, as a chart series: every status in <see cref="Order"/>, zeros included, so the series
/// of every strategy line up.
/// </summary>
public sealed record StatusCounts(IReadOnlyList<StatusCount> Series)
{
    /// <summary>The order of a chart's categories: done and fine first, then trouble, then silence (null: 未回答).</summary>
    public static IReadOnlyList<ProgressStatus?> Order { get; } =
    [
        ProgressStatus.Completed,
        ProgressStatus.OnTrack,
        ProgressStatus.AtRisk,
        ProgressStatus.Delayed,
        ProgressStatus.NotStarted,
        ProgressStatus.Cancelled,
        null,
    ];

    public int Total => Series.Sum(s => s.Count);

    /// <summary>The count of one status (null: 未回答).</summary>
    public int this[ProgressStatus? status] => Series.FirstOrDefault(s => s.Status == status)?.Count ?? 0;

    internal static StatusCounts Of(IEnumerable<ProgressStatus?> statuses)
    {
        var all = statuses.ToArray();
        return new StatusCounts(Order.Select(status => new StatusCount(status, all.Count(s => s == status))).ToArray());
    }
}
