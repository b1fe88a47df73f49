namespace PlanBot.Domain.Progress;

/// <summary>The Japanese label of each status, as shown in cards and answers and accepted in card values.</summary>
public static class ProgressStatusNames
{
    private static readonly Dictionary<ProgressStatus, string> Labels = new()
    {
        [ProgressStatus.NotStarted] = "未着手",
        [ProgressStatus.OnTrack] = "順調",
        [ProgressStatus.AtRisk] = "要注意",
        [ProgressStatus.Delayed] = "遅延",
        [ProgressStatus.Completed] = "完了",
        [ProgressStatus.Cancelled] = "中止",
    };

    public static IReadOnlyList<ProgressStatus> All { get; } = Enum.GetValues<ProgressStatus>();

    public static string ToJapanese(this ProgressStatus status) => Labels[status];

    public static bool TryParse(string? label, out ProgressStatus status)
    {
        foreach (var (key, value) in Labels)
        {
            if (string.Equals(value, label?.Trim(), StringComparison.Ordinal))
            {
                status = key;
                return true;
            }
        }

        status = default;
        return false;
    }
}
