using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PlanBot.Data;
using PlanBot.Domain.Calendar;
using Quartz;

namespace PlanBot.Scheduling;

/// <summary>
/// The schedule (Quartz's jobs and triggers, with their data and next fire times) read from one plan store and written
/// into another through Quartz itself, so each engine's tables are filled the way Quartz fills them; and a checksum over
/// what either holds, to tell that the copy is whole. A scheduler opened here is never started: nothing fires.
/// </summary>
internal sealed class ScheduleCopy : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ScheduleCopy(ServiceProvider services, IScheduler scheduler)
    {
        _services = services;
        Scheduler = scheduler;
    }

    public IScheduler Scheduler { get; }

    /// <summary>The host's scheduler on a store, configured as the host configures it (same name, same store settings), in standby.</summary>
    public static async Task<ScheduleCopy> OpenAsync(PlanStoreProvider provider, string connectionString, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<DataSourceOptions>(SchedulingServiceCollectionExtensions.DataSourceName).Configure(options => options.ConnectionString = connectionString);
        services.AddQuartz(quartz =>
        {
            quartz.UseDefaultTimeZone(JapanTime.Zone);
            quartz.UsePersistentStore(store => SchedulingServiceCollectionExtensions.UsePlanStore(store, provider));
        });
        var built = services.BuildServiceProvider();
        var scheduler = await built.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        return new ScheduleCopy(built, scheduler);
    }

    /// <summary>Every job with its triggers.</summary>
    public async Task<IReadOnlyList<(IJobDetail Job, IReadOnlyCollection<ITrigger> Triggers)>> ReadAsync(CancellationToken cancellationToken)
    {
        var jobs = new List<(IJobDetail, IReadOnlyCollection<ITrigger>)>();
        foreach (var group in (await Scheduler.GetJobGroupNames(cancellationToken)).Order(StringComparer.Ordinal))
        {
            foreach (var key in (await Scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(group), cancellationToken)).OrderBy(k => k.Name, StringComparer.Ordinal))
            {
                var job = await Scheduler.GetJobDetail(key, cancellationToken) ?? throw new InvalidOperationException($"Job {key} vanished while it was read.");
                jobs.Add((job, await Scheduler.GetTriggersOfJob(key, cancellationToken)));
            }
        }

        return jobs;
    }

    /// <summary>Stores the jobs and triggers as they are (replacing any with the same keys).</summary>
    public async Task WriteAsync(IReadOnlyList<(IJobDetail Job, IReadOnlyCollection<ITrigger> Triggers)> jobs, CancellationToken cancellationToken)
    {
        foreach (var (job, triggers) in jobs)
        {
            if (triggers.Count == 0)
            {
                await Scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
            }
            else
            {
                await Scheduler.ScheduleJob(job, triggers, new ScheduleJobOptions { Replace = true }, cancellationToken);
            }
        }
    }

    /// <summary>How many jobs and triggers, and a SHA-256 over everything that decides what fires when.</summary>
    public static (int Jobs, int Triggers, string Sha256) Checksum(IReadOnlyList<(IJobDetail Job, IReadOnlyCollection<ITrigger> Triggers)> jobs)
    {
        var text = new StringBuilder();
        foreach (var (job, triggers) in jobs)
        {
            text.Append(CultureInfo.InvariantCulture, $"job {job.Key} {job.JobType.FullName} durable={job.Durable} recovery={job.RequestsRecovery} {Data(job.JobDataMap)}\n");
            foreach (var trigger in triggers.OrderBy(t => t.Key.ToString(), StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  trigger {trigger.Key} start={trigger.StartTimeUtc:O} end={trigger.EndTimeUtc:O} next={trigger.NextFireTimeUtc:O} misfire={trigger.MisfireInstructionCode} priority={trigger.Priority} {Data(trigger.JobDataMap)}\n");
            }
        }

        return (jobs.Count, jobs.Sum(j => j.Triggers.Count), Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }

    public async ValueTask DisposeAsync()
    {
        if (Scheduler.Status is not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown))
        {
            await Scheduler.Shutdown(waitForJobsToComplete: false, CancellationToken.None);
        }

        await _services.DisposeAsync();
    }

    private static string Data(JobDataMap data) =>
        string.Join(";", data.Keys.Order(StringComparer.Ordinal).Select(key => $"{key}={Convert.ToString(data[key], CultureInfo.InvariantCulture)}"));
}
