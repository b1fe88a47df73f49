namespace PlanBot.Domain.Reminders;

/// <summary>
/// When a reminder cycle's stages fall, in business days around the quarter end (see <see cref="ReminderSchedule"/>
/// for how they are counted) and at a time of day in Japan.
/// </summary>
public sealed record ReminderScheduleSettings
{
    /// <summary>
    /// The largest count accepted: it keeps every stage within about half a quarter (a quarter has 58–63 business
    /// days), so each stage's instants stay in quarter order and a fired stage maps back to one quarter.
    /// </summary>
    public const int MaxBusinessDays = 25;

    /// <summary>5 business days before the end, follow-up 3 and manager notice 7 business days after, at 10:00 JST.</summary>
    public static ReminderScheduleSettings Default { get; } = new();

    /// <summary>The first reminder is on the N-th business day counted back from the quarter end; its last business day is 1.</summary>
    public int FirstReminderBusinessDaysBeforeEnd { get; init; } = 5;

    /// <summary>The follow-up is on the M-th business day after the quarter end; the next quarter's first business day is 1.</summary>
    public int FollowUpBusinessDaysAfterEnd { get; init; } = 3;

    /// <summary>The manager notice is on the K-th business day after the quarter end; K must be greater than the follow-up's M.</summary>
    public int ManagerNoticeBusinessDaysAfterEnd { get; init; } = 7;

    /// <summary>The time of day in Japan at which every stage is due.</summary>
    public TimeOnly TimeOfDay { get; init; } = new(10, 0);

    /// <summary>What is wrong with these settings, in English; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        CheckRange(FirstReminderBusinessDaysBeforeEnd, nameof(FirstReminderBusinessDaysBeforeEnd), errors);
        CheckRange(FollowUpBusinessDaysAfterEnd, nameof(FollowUpBusinessDaysAfterEnd), errors);
        CheckRange(ManagerNoticeBusinessDaysAfterEnd, nameof(ManagerNoticeBusinessDaysAfterEnd), errors);
        if (ManagerNoticeBusinessDaysAfterEnd <= FollowUpBusinessDaysAfterEnd)
        {
            errors.Add($"{nameof(ManagerNoticeBusinessDaysAfterEnd)} ({ManagerNoticeBusinessDaysAfterEnd}) must be greater than "
                + $"{nameof(FollowUpBusinessDaysAfterEnd)} ({FollowUpBusinessDaysAfterEnd}): managers hear after the follow-up.");
        }

        return errors;
    }

    private static void CheckRange(int value, string name, List<string> errors)
    {
        if (value is < 1 or > MaxBusinessDays)
        {
            errors.Add($"{name} must be between 1 and {MaxBusinessDays} business days, not {value}.");
        }
    }
}
