using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PlanBot.Domain.Conversations;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Testing;

namespace PlanBot.Data.Tests.Support;

/// <summary>
/// A real plan store wired through <see cref="DataServiceCollectionExtensions.AddPlanBotData"/>, migrations applied: a
/// SQLite file in its own temp folder, or a database of its own on the run's throwaway PostgreSQL server.
/// </summary>
internal sealed class TempPlanDatabase : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private readonly string? postgresConnectionString;

    private TempPlanDatabase(string folder, ServiceProvider services, PlanStoreProvider provider, string? postgresConnectionString)
    {
        Folder = folder;
        this.services = services;
        Provider = provider;
        this.postgresConnectionString = postgresConnectionString;
    }

    public string Folder { get; }

    public PlanStoreProvider Provider { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)services.GetRequiredService<TimeProvider>();

    public IPlanStore Plans => services.GetRequiredService<IPlanStore>();

    public IProgressStore Progress => services.GetRequiredService<IProgressStore>();

    public IConversationStore Conversations => services.GetRequiredService<IConversationStore>();

    public IServiceProvider Services => services;

    /// <param name="provider">The engine; PostgreSQL skips the test when the machine cannot run it.</param>
    /// <param name="connectionString">SQLite only: null to use the default (a file under the content root, here the temp folder).</param>
    /// <param name="configureContext">Extra EF configuration, e.g. an interceptor that fails an import midway.</param>
    public static async Task<TempPlanDatabase> CreateAsync(
        PlanStoreProvider provider = PlanStoreProvider.Sqlite, Func<string, string?>? connectionString = null, Action<DbContextOptionsBuilder>? configureContext = null)
    {
        StoreProviders.SkipUnlessAvailable(provider);
        var folder = Directory.CreateTempSubdirectory("planbot-data-tests-").FullName;
        var postgres = provider == PlanStoreProvider.PostgreSql ? PostgresServer.Shared!.CreateDatabase() : null;
        var configured = postgres
            ?? (connectionString is null
                ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "plan.db") }.ToString()
                : connectionString(folder));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:PlanStore"] = configured,
                ["PlanStore:Provider"] = provider.ToString(),
            })
            .Build();

        var collection = new ServiceCollection();
        collection.AddSingleton<IHostEnvironment>(new TestHostEnvironment(folder));
        collection.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero)));
        collection.AddLogging();
        collection.AddPlanBotData(configuration);
        if (configureContext is not null)
        {
            collection.ConfigureDbContext<PlanDbContext>(configureContext);
        }

        var built = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await built.GetRequiredService<PlanStoreMigrator>().MigrateAsync(CancellationToken.None);
        return new TempPlanDatabase(folder, built, provider, postgres);
    }

    public PlanDbContext NewContext() => services.GetRequiredService<IDbContextFactory<PlanDbContext>>().CreateDbContext();

    /// <summary>Ids of strategies (S), initiatives (I), sub-themes (T) and items (P) with their natural keys, to tell "updated in place" from "replaced".</summary>
    public async Task<List<string>> RowIdsAsync()
    {
        await using var context = NewContext();
        var ids = new List<string>();
        ids.AddRange(await context.Strategies.OrderBy(s => s.Id).Select(s => $"S{s.Number}={s.Id}").ToListAsync());
        ids.AddRange(await context.Initiatives.OrderBy(i => i.Id).Select(i => $"I{i.Number}={i.Id}").ToListAsync());
        ids.AddRange(await context.SubThemes.OrderBy(s => s.Id).Select(s => $"T{s.Key}={s.Id}").ToListAsync());
        ids.AddRange(await context.PlanItems.OrderBy(i => i.Id).Select(i => $"P{i.SubThemeId}/{i.PeriodCode}/{i.Ordinal}={i.Id}").ToListAsync());
        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (postgresConnectionString is not null)
        {
            PostgresServer.Shared!.DropDatabase(postgresConnectionString);
        }

        Directory.Delete(Folder, recursive: true);
    }

    private sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "PlanBot.Data.Tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
