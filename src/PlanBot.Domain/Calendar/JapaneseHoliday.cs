namespace PlanBot.Domain.Calendar;

/// <summary>One public holiday of Japan, with the name users know it by (e.g. "海の日", "振替休日").</summary>
public sealed record JapaneseHoliday(DateOnly Date, string Name, JapaneseHolidayKind Kind);
