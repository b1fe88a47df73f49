using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PlanBot.Data;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Reminders;
using Quartz;

namespace PlanBot.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>The Quartz data source: the plan store's own database.</summary>
    internal const string DataSourceName = "plan-store";

    /// <summary>
    /// Quartz on the plan store's own database (AdoJobStore, QRTZ_ tables created at start as Quartz provisions them):
    /// on SQLite a single scheduler; on PostgreSQL clustered, so the instances sharing the database fire each trigger
    /// once between them and take over a dead instance's work. In Japan time, on the
    /// <see cref="TimeProvider"/> from DI; the reminder-stage and weekly-digest jobs and the start-up check that their
    /// next triggers exist. Register after <c>AddPlanBotData</c>, whose migrations run first, and after <c>AddPlanBotTeams</c>,
    /// whose dispatcher the reminder stages run. Tests replace <see cref="IReminderStageRunner"/> and the logging
    /// <see cref="IWeeklyDigestRunner"/> by registering their own before this call.
    /// </summary>
    public static IServiceCollection AddPlanBotScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ReminderScheduleOptions>()
            .Bind(configuration.GetSection(ReminderScheduleOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderScheduleOptions>, ReminderScheduleOptionsValidator>();
        services.AddOptions<DigestScheduleOptions>()
            .Bind(configuration.GetSection(DigestScheduleOptions.SectionName))
            .Validate(options => Enum.IsDefined(options.Day), $"{DigestScheduleOptions.SectionName}:{nameof(DigestScheduleOptions.Day)} must be a day of the week, e.g. Monday.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<ReminderScheduleOptions>>().Value.ToBusinessCalendar());
        services.TryAddSingleton(provider => new ReminderSchedule(
            provider.GetRequiredService<BusinessCalendar>(),
            provider.GetRequiredService<IOptions<ReminderScheduleOptions>>().Value.ToSettings()));
        services.TryAddSingleton(provider =>
        {
            var digest = provider.GetRequiredService<IOptions<DigestScheduleOptions>>().Value;
            return new WeeklyDigestSchedule(provider.GetRequiredService<BusinessCalendar>(), digest.Day, digest.TimeOfDay);
        });
        services.TryAddScoped<IReminderStageRunner, DispatchingReminderStageRunner>();
        services.TryAddSingleton<IWeeklyDigestRunner, LoggingWeeklyDigestRunner>();
        services.AddSingleton<ReminderStageTriggers>();
        services.AddSingleton<WeeklyDigestTriggers>();
        services.AddScoped<ReminderStageJob>();
        services.AddScoped<WeeklyDigestJob>();

        // The connection string is the plan store's, known only once its options are bound (the default path
        // depends on the content root).
        services.AddOptions<DataSourceOptions>(DataSourceName)
            .Configure<IOptions<PlanStoreOptions>>((dataSource, planStore) => dataSource.ConnectionString = planStore.Value.ConnectionString);
        var provider = PlanStoreOptions.ProviderIn(configuration);
        services.AddQuartz(quartz =>
        {
            quartz.UseDefaultTimeZone(JapanTime.Zone);
            quartz.UsePersistentStore(store => UsePlanStore(store, provider));

            // Durable: between one fire and the next trigger the job must not vanish. RequestRecovery: a stage cut
            // short by a crash runs again after restart (the runners are idempotent).
            quartz.AddJob<ReminderStageJob>(job => job
                .WithIdentity(ReminderStageJob.Key)
                .WithDescription("One stage of a quarter's reminder cycle")
                .StoreDurably()
                .RequestRecovery());
            quartz.AddJob<WeeklyDigestJob>(job => job
                .WithIdentity(WeeklyDigestJob.Key)
                .WithDescription("One week's digest to the team channels")
                .StoreDurably()
                .RequestRecovery());
        });

        // In place of Quartz's hosted service: the scheduler is created, the chain checked and the scheduler started in
        // the background while the web host starts, so they do not delay it (ScheduleStartService).
        services.AddSingleton<ScheduleStartService>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduleStartService>());
        return services;
    }

    /// <summary>
    /// The schedule in the plan store's database, its tables provisioned by Quartz itself when missing (so PlanBot's
    /// role must own its database, as it must for the migrations). The same settings serve the host and migrate-store.
    /// </summary>
    internal static void UsePlanStore(IPersistentStoreBuilder store, PlanStoreProvider provider)
    {
        store.UseDataSource(DataSourceName);
        if (provider == PlanStoreProvider.PostgreSql)
        {
            store.UsePostgres(_ => { });
            // Every instance on the database is a node: each trigger fires on one of them, and a node that stops
            // checking in has its running jobs recovered (RequestRecovery) and its triggers taken by the others.
            store.UseClustering();
        }
        else
        {
            // SQLite cannot be clustered: one host per file, which SqliteHostLock enforces.
            store.UseSqlite(_ => { });
        }

        store.ProvisionSchema();

        // Job data is quarter, stage and week as plain strings: stored readable, and nothing else fits.
        store.ConfigureStore(ado => ado.StoreJobDataAsStrings = true);
    }
}
