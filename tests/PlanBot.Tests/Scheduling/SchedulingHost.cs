using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Data;
using PlanBot.Scheduling;
using PlanBot.Tests.Support;
using Quartz;

namespace PlanBot.Tests.Scheduling;

/// <summary>
/// The app's storage and scheduling registrations on a temp SQLite file, on a fake clock, with recording runners:
/// real Quartz, real AdoJobStore, real migrations. Not started until asked, so it can also just look at the store.
/// </summary>
internal sealed class SchedulingHost : IAsyncDisposable
{
    /// <summary>How long a test waits for something the scheduler should do at once; generous for a loaded machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private bool _started;
    private IScheduler? _scheduler;

    private SchedulingHost(TempPlanStore store, DateTimeOffset now, IReadOnlyDictionary<string, string?> settings, RecordingReminderStageRunner? reminderRuns = null)
    {
        Clock = new FakeTimeProvider(now.ToUniversalTime());
        ReminderRuns = reminderRuns ?? new RecordingReminderStageRunner(Clock);
        DigestRuns = new RecordingWeeklyDigestRunner(Clock);

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = store.Folder,
            // Development validates the container on build: a job whose dependency is missing fails here, not at fire time.
            EnvironmentName = Environments.Development,
        });
        store.Configure(builder.Configuration);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton<IReminderStageRunner>(ReminderRuns);
        builder.Services.AddSingleton<IWeeklyDigestRunner>(DigestRuns);
        builder.Services.AddPlanBotData(builder.Configuration);
        builder.Services.AddPlanBotScheduling(builder.Configuration);
        Host = builder.Build();
    }

    public FakeTimeProvider Clock { get; }

    public RecordingReminderStageRunner ReminderRuns { get; }

    public RecordingWeeklyDigestRunner DigestRuns { get; }

    public IHost Host { get; }

    public static SchedulingHost Create(TempPlanStore store, DateTimeOffset now, params (string Key, string Value)[] settings) =>
        new(store, now, settings.ToDictionary(setting => setting.Key, setting => (string?)setting.Value));

    /// <summary>Creates and starts a host.</summary>
    public static async Task<SchedulingHost> StartAsync(TempPlanStore store, DateTimeOffset now, params (string Key, string Value)[] settings)
    {
        var host = Create(store, now, settings);
        await host.StartAsync();
        return host;
    }

    /// <summary>A second instance on the same store whose stage runs are recorded with this one's, as a cluster's are.</summary>
    public async Task<SchedulingHost> StartPeerAsync(TempPlanStore store)
    {
        var peer = new SchedulingHost(store, Clock.GetUtcNow(), new Dictionary<string, string?>(), ReminderRuns);
        await peer.StartAsync();
        return peer;
    }

    public async Task StartAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await Host.StartAsync(timeout.Token);
        _started = true;
        // The scheduler starts once the application has: the triggers are checked by then.
        await Host.Services.GetRequiredService<ScheduleStartService>().Started.WaitAsync(timeout.Token);
    }

    /// <summary>Stops as the app does: the scheduler waits for running jobs to complete.</summary>
    public async Task StopAsync()
    {
        if (_started)
        {
            using var timeout = new CancellationTokenSource(Patience);
            await Host.StopAsync(timeout.Token);
            _started = false;
        }
    }

    /// <summary>The host's scheduler; on a host never started, a scheduler in standby that only reads and writes the store.</summary>
    public async Task<IScheduler> SchedulerAsync() =>
        _scheduler ??= await Host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(CancellationToken.None);

    /// <summary>The triggers stored for a job, earliest first.</summary>
    public async Task<IReadOnlyList<ITrigger>> TriggersOfAsync(JobKey job)
    {
        var scheduler = await SchedulerAsync();
        var triggers = await scheduler.GetTriggersOfJob(job, CancellationToken.None);
        return [.. triggers.OrderBy(trigger => trigger.NextFireTimeUtc)];
    }

    public void SetNow(DateTimeOffset now) => Clock.SetUtcNow(now.ToUniversalTime());

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_scheduler is { Status: not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown) })
        {
            await _scheduler.Shutdown(waitForJobsToComplete: true, CancellationToken.None);
        }

        Host.Dispose();
    }
}
