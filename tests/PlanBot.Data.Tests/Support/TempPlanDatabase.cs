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

namespace PlanBot.Data.Tests.Support;

/// <summary>A real SQLite file in its own temp folder, wired through <see cref="DataServiceCollectionExtensions.AddPlanBotData"/>, migrations applied.</summary>
internal sealed class TempPlanDatabase : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private TempPlanDatabase(string folder, ServiceProvider services)
    {
        Folder = folder;
        this.services = services;
    }

    public string Folder { get; }

    public FakeTimeProvider Clock => (FakeTimeProvider)services.GetRequiredService<TimeProvider>();

    public IPlanStore Plans => services.GetRequiredService<IPlanStore>();

    public IProgressStore Progress => services.GetRequiredService<IProgressStore>();

    public IConversationStore Conversations => services.GetRequiredService<IConversationStore>();

    public IServiceProvider Services => services;

    /// <param name="connectionString">Null to use the default (a file under the content root, here the temp folder).</param>
    /// <param name="configureContext">Extra EF configuration, e.g. an interceptor that fails an import midway.</param>
    public static async Task<TempPlanDatabase> CreateAsync(Func<string, string?>? connectionString = null, Action<DbContextOptionsBuilder>? configureContext = null)
    {
        var folder = Directory.CreateTempSubdirectory("planbot-data-tests-").FullName;
        var configured = connectionString is null
            ? new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "plan.db") }.ToString()
            : connectionString(folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:PlanStore"] = configured })
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

        var provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<PlanStoreMigrator>().MigrateAsync(CancellationToken.None);
        return new TempPlanDatabase(folder, provider);
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
