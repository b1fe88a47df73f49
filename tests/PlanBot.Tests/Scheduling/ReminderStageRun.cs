using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;

namespace PlanBot.Tests.Scheduling;

internal sealed record ReminderStageRun(FiscalQuarter Quarter, ReminderScheduleStage Stage, DateTimeOffset At);
