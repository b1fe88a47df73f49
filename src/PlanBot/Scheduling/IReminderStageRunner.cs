using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;

namespace PlanBot.Scheduling;

/// <summary>
/// Carries out one stage of a quarter's reminder cycle when its trigger fires. Must be idempotent: a recovered or
/// re-fired job calls it again for the same quarter and stage, and a stage already carried out must send nothing twice.
/// </summary>
public interface IReminderStageRunner
{
    Task RunAsync(FiscalQuarter quarter, ReminderScheduleStage stage, CancellationToken cancellationToken);
}
