using Quartz;

namespace PlanBot.Floor;

/// <summary>
/// Quartz as PlanBot configures it (src/PlanBot/Scheduling): the ADO job store on the same SQLite file through a named
/// data source, its QRTZ_ tables provisioned by Quartz itself, job data as strings, Japan time; one durable job with
/// recovery, and a trigger (here a cron trigger, weekly) checked and stored once the host has started, then the
/// scheduler started. Nothing per request: PlanBot's turns do not touch the scheduler.
/// </summary>
internal sealed class QuartzLayer : ILayer
{
    private const string DataSourceName = "plan-store";
    private static readonly JobKey JobKey = new("weekly", "floor");
    private static readonly TriggerKey TriggerKey = new("weekly-cron", "floor");

    public static ILayer Add(IServiceCollection services, string connectionString)
    {
        services.AddOptions<DataSourceOptions>(DataSourceName).Configure(options => options.ConnectionString = connectionString);
        services.AddQuartz(quartz =>
        {
            quartz.UseDefaultTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));
            quartz.UsePersistentStore(store =>
            {
                store.UseDataSource(DataSourceName);
                store.UseSqlite(_ => { });
                store.ProvisionSchema();
                store.ConfigureStore(ado => ado.StoreJobDataAsStrings = true);
            });
            quartz.AddJob<FloorJob>(job => job.WithIdentity(JobKey).StoreDurably().RequestRecovery());
        });
        return new QuartzLayer();
    }

    public async Task AfterStartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        if (await scheduler.GetTrigger(TriggerKey, cancellationToken) is null)
        {
            var trigger = TriggerBuilder.Create()
                .WithIdentity(TriggerKey)
                .ForJob(JobKey)
                .UsingJobData("week", DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .WithCronSchedule("0 0 9 ? * MON")
                .Build();
            await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken);
        }

        await scheduler.Start(cancellationToken);
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => scheduler.Shutdown(waitForJobsToComplete: true).GetAwaiter().GetResult());
    }

    public Task OnTurnAsync(IServiceProvider services, Turn turn, CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed class FloorJob(ILogger<FloorJob> logger) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            logger.LogInformation("Weekly job for {Week}", context.MergedJobDataMap.GetString("week"));
            return ValueTask.CompletedTask;
        }
    }
}
