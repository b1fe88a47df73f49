using Microsoft.Data.Sqlite;
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

namespace PlanBot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite plan store: options (connection string from <c>ConnectionStrings:PlanStore</c>, default
    /// <c>&lt;content root&gt;/data/planbot.db</c>), the outbox's retry options, the DbContext factory, the stores, and migrations applied at start.
    /// Register hosted services that read the store after this call.
    /// </summary>
    public static IServiceCollection AddPlanBotData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<PlanStoreOptions>()
            .Bind(configuration.GetSection(PlanStoreOptions.SectionName))
            .Configure<IHostEnvironment>((options, environment) =>
                options.ConnectionString = configuration.GetConnectionString(PlanStoreOptions.ConnectionStringName) is { Length: > 0 } configured
                    ? configured
                    : PlanStoreOptions.DefaultConnectionString(environment.ContentRootPath))
            .Validate(options => IsSqliteConnectionString(options.ConnectionString), "ConnectionStrings:PlanStore is not a valid SQLite connection string (e.g. 'Data Source=/path/planbot.db').")
            .Validate(options => options.BusyTimeout > TimeSpan.Zero, "PlanStore:BusyTimeout must be positive.")
            .Validate(options => options.CheckpointInterval >= TimeSpan.FromSeconds(1), "PlanStore:CheckpointInterval must be at least a second, e.g. 00:01:00.")
            .Validate(options => options.WalSizeLimitBytes >= 0, "PlanStore:WalSizeLimitBytes must not be negative.")
            .ValidateOnStart();

        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.SectionName))
            .Validate(options => options.FirstRetryDelay > TimeSpan.Zero && options.MaxRetryDelay >= options.FirstRetryDelay, "Outbox:FirstRetryDelay must be positive and at most Outbox:MaxRetryDelay.")
            .Validate(options => options.MaxAttempts >= 1, "Outbox:MaxAttempts must be at least 1.")
            .Validate(options => options.ClaimTimeout > TimeSpan.Zero, "Outbox:ClaimTimeout must be positive.")
            .ValidateOnStart();

        services.AddDbContextFactory<PlanDbContext>((provider, builder) =>
        {
            var options = provider.GetRequiredService<IOptions<PlanStoreOptions>>().Value;
            builder.UseSqlite(options.ConnectionString)
                .AddInterceptors(new SqlitePragmaInterceptor(options.BusyTimeout, options.WalSizeLimitBytes));
        });

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PlanStoreMigrator>();
        services.AddHostedService<PlanStoreMigrationService>();
        services.AddSingleton<IPlanStore, PlanStore>();
        services.AddSingleton<IProgressStore, ProgressStore>();
        services.AddSingleton<IConversationStore, ConversationStore>();
        services.AddSingleton<IRosterStore, RosterStore>();
        services.AddSingleton<IReminderCycleStore, ReminderCycleStore>();
        services.AddSingleton<IOutbox, OutboxStore>();
        services.AddSingleton<IDigestChannelStore, DigestChannelStore>();
        services.AddSingleton<PlanStoreProbe>();
        services.AddSingleton<SqliteWalCheckpointer>();
        services.AddHostedService(provider => provider.GetRequiredService<SqliteWalCheckpointer>());
        return services;
    }

    private static bool IsSqliteConnectionString(string connectionString)
    {
        try
        {
            return new SqliteConnectionStringBuilder(connectionString).DataSource.Length > 0;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
