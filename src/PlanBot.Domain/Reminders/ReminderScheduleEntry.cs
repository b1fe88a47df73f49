using PlanBot.Domain.Calendar;

namespace PlanBot.Domain.Reminders;

/// <summary>One stage of one quarter's reminder cycle and the instant it is due (offset +09:00, JST).</summary>
public sealed record ReminderScheduleEntry(FiscalQuarter Quarter, ReminderScheduleStage Stage, DateTimeOffset At);
