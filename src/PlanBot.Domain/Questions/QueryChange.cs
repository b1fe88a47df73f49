using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// A question about change: 「前期から悪化した取組は?」 compares each sub-theme's status in a quarter with the quarter
/// before (<see cref="Since"/> null); 「先週から変わったのは?」 compares the status now with the status before a day
/// (<see cref="Since"/>, JST), counting only sub-themes reported since.
/// </summary>
public sealed record QueryChange(ChangeDirection Direction, DateOnly? Since = null)
{
    /// <summary>
    /// How good a status is, for better and worse: 完了 best, then 順調, 未着手, 要注意, 遅延. 中止 has no rank: a change to or
    /// from it is a change, but neither better nor worse.
    /// </summary>
    public static int? Rank(ProgressStatus status) => status switch
    {
        ProgressStatus.Completed => 0,
        ProgressStatus.OnTrack => 1,
        ProgressStatus.NotStarted => 2,
        ProgressStatus.AtRisk => 3,
        ProgressStatus.Delayed => 4,
        _ => null,
    };

    /// <summary>Whether going from <paramref name="before"/> (null: no report yet) to <paramref name="after"/> is this change.</summary>
    public bool Matches(ProgressReport? before, ProgressReport after)
    {
        ArgumentNullException.ThrowIfNull(after);
        return Direction switch
        {
            ChangeDirection.Reported => true,
            ChangeDirection.Any => before is null || before.Status != after.Status,
            _ when before is null => false,
            _ => (Rank(before.Status), Rank(after.Status)) is ({ } from, { } to)
                && (Direction == ChangeDirection.Worse ? to > from : to < from),
        };
    }
}
