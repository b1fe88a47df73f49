namespace PlanBot.Domain.Calendar;

/// <summary>
/// One week's digest: <paramref name="Week"/> is the week's nominal digest day (a Monday by default), which names the
/// week and keys "one post per week"; <paramref name="At"/> is when it is posted (JST), later when that day is not a
/// business day.
/// </summary>
public sealed record WeeklyDigestSlot(DateOnly Week, DateTimeOffset At);
