using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Reminders;

namespace PlanBot.Teams.Diagnostics;

/// <summary>
/// Reads the outbox backlog and the running reminder cycle (this quarter's, else the previous quarter's while its
/// follow-ups run) into <see cref="TeamsMetrics"/> every <see cref="Interval"/>. Registered only when telemetry is
/// exported: two small queries a reading, nothing when nobody collects.
/// </summary>
public sealed partial class TeamsGaugeSampler(
    TeamsMetrics metrics,
    IOutbox outbox,
    IReminderCycleStore cycles,
    TimeProvider clock,
    ILogger<TeamsGaugeSampler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    /// <summary>One reading; the loop calls it, tests call it directly.</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        var backlog = await outbox.GetBacklogAsync(cancellationToken).ConfigureAwait(false);
        var quarter = FiscalQuarter.Current(clock);
        var cycle = await cycles.LoadAsync(quarter, cancellationToken).ConfigureAwait(false);
        if (cycle is not { State: ReminderCycleState.Open })
        {
            cycle = await cycles.LoadAsync(quarter.Previous, cancellationToken).ConfigureAwait(false) is { State: ReminderCycleState.Open } previous ? previous : cycle;
        }

        metrics.Observe(backlog, cycle, clock.GetUtcNow());
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SampleAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // A store hiccup leaves the last reading in place; the health endpoint is what reports the store.
                LogSampleFailed(logger, e);
                await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(EventId = 3901, Level = LogLevel.Warning, Message = "Reading the outbox and reminder gauges failed")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception);
}
