using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PlanBot.Data.Stores;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Domain.Snapshots;

namespace PlanBot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the plan store: options (<c>PlanStore:Provider</c> Sqlite or PostgreSql; connection string from
    /// <c>ConnectionStrings:PlanStore</c>, for SQLite by default <c>&lt;content root&gt;/data/planbot.db</c>), the outbox's
    /// retry options, the DbContext factory, the stores, the in-memory snapshots of plan, roster and latest reports kept
    /// current by the store's change counters, and migrations applied at start. Register hosted services that read the
    /// store after this call.
    /// </summary>
    public static IServiceCollection AddPlanBotData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<PlanStoreOptions>()
            .Bind(configuration.GetSection(PlanStoreOptions.SectionName))
            .Configure<IHostEnvironment>((options, environment) =>
            {
                var configured = configuration.GetConnectionString(PlanStoreOptions.ConnectionStringName);
                options.IsDefaultLocation = string.IsNullOrEmpty(configured) && options.Provider == PlanStoreProvider.Sqlite;
                options.ConnectionString = options.IsDefaultLocation
                    ? PlanStoreOptions.DefaultConnectionString(environment.ContentRootPath)
                    : configured ?? "";
            })
            .Validate(options => options.CheckpointInterval >= TimeSpan.FromSeconds(1), "PlanStore:CheckpointInterval must be at least a second, e.g. 00:01:00.")
            .Validate(options => options.WalSizeLimitBytes >= 0, "PlanStore:WalSizeLimitBytes must not be negative.")
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PlanStoreOptions>, PlanStoreOptionsValidator>());

        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.SectionName))
            .Validate(options => options.FirstRetryDelay > TimeSpan.Zero && options.MaxRetryDelay >= options.FirstRetryDelay, "Outbox:FirstRetryDelay must be positive and at most Outbox:MaxRetryDelay.")
            .Validate(options => options.MaxAttempts >= 1, "Outbox:MaxAttempts must be at least 1.")
            .Validate(options => options.ClaimTimeout > TimeSpan.Zero, "Outbox:ClaimTimeout must be positive.")
            .Validate(options => options.SenderLease >= TimeSpan.FromSeconds(1), "Outbox:SenderLease must be at least one second.")
            .ValidateOnStart();

        // Pooled: every store call takes a context for one short unit of work, and a card answer takes several; a pooled
        // context is reset and reused instead of building its internal services again each time.
        services.AddPooledDbContextFactory<PlanDbContext>((provider, builder) =>
        {
            var options = provider.GetRequiredService<IOptions<PlanStoreOptions>>().Value;
            PlanStoreDatabase.Configure(builder, options);
            if (PlanStoreDatabase.CompiledModel(options.Provider) is { } model)
            {
                builder.UseModel(model);
            }
        });

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PlanStoreMigrator>();
        services.AddHostedService<PlanStoreMigrationService>();
        services.AddSingleton<IPlanStore, PlanStore>();
        services.AddSingleton<IProgressStore, ProgressStore>();
        services.AddSingleton<IConversationStore, ConversationStore>();
        services.AddSingleton<IRosterStore, RosterStore>();
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<IReminderCycleStore, ReminderCycleStore>();
        services.AddSingleton<IOutbox, OutboxStore>();
        services.AddSingleton<IDigestChannelStore, DigestChannelStore>();
        services.AddSingleton<PlanStoreProbe>();
        services.AddSingleton<SqliteWalCheckpointer>();
        services.AddHostedService(provider => provider.GetRequiredService<SqliteWalCheckpointer>());
        services.AddSingleton<LeaseStore>();
        services.AddSingleton<IOutboxSenderLease, OutboxSenderLease>();
        services.AddSingleton<IInboundActivityLog, InboundActivityLog>();
        services.AddSingleton<IStoreVersions, StoreVersions>();
        services.TryAddSingleton<PlanSnapshots>();
        return services;
    }

    /// <summary>
    /// For the web host only, before <see cref="AddPlanBotData"/>: on SQLite, refuses to start while another host runs
    /// on the same file (<see cref="SqliteHostLock"/>), before anything touches the store.
    /// </summary>
    public static IServiceCollection AddPlanBotSingleHostLock(this IServiceCollection services)
    {
        services.AddSingleton<SqliteHostLock>();
        services.AddHostedService(provider => provider.GetRequiredService<SqliteHostLock>());
        return services;
    }
}
