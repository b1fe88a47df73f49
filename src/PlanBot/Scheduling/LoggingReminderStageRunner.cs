using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;

namespace PlanBot.Scheduling;

/// <summary>The stand-in until the reminder cycle is wired: says in the log that a stage came due, and sends nothing.</summary>
internal sealed class LoggingReminderStageRunner(ILogger<LoggingReminderStageRunner> logger) : IReminderStageRunner
{
    public Task RunAsync(FiscalQuarter quarter, ReminderScheduleStage stage, CancellationToken cancellationToken)
    {
        SchedulingLog.ReminderStageNotWired(logger, quarter.ToString(), stage);
        return Task.CompletedTask;
    }
}
