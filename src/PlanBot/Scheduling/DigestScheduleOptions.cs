namespace PlanBot.Scheduling;

/// <summary>When the weekly digest is posted (section <c>Digest</c>): a day of the week and a time in Japan, moved to the next business day when that day is not one.</summary>
public sealed class DigestScheduleOptions
{
    public const string SectionName = "Digest";

    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    public TimeOnly TimeOfDay { get; set; } = new(9, 0);
}
