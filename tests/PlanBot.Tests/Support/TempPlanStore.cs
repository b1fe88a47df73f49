using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PlanBot.Data;
using PlanBot.Domain.Plans;
using PlanBot.Testing;

namespace PlanBot.Tests.Support;

/// <summary>
/// A plan store for one test and a way to look inside it: a SQLite file in a temp folder, or a database of its own on
/// the run's throwaway PostgreSQL server (the test skips, saying why, when PostgreSQL cannot run here). The temp
/// folder exists either way: it is the content root of the hosts the test starts.
/// </summary>
internal sealed class TempPlanStore : IDisposable
{
    public TempPlanStore(PlanStoreProvider provider = PlanStoreProvider.Sqlite)
    {
        StoreProviders.SkipUnlessAvailable(provider);
        Provider = provider;
        Folder = Directory.CreateTempSubdirectory("planbot-tests-").FullName;
        ConnectionString = provider == PlanStoreProvider.PostgreSql
            ? PostgresServer.Shared!.CreateDatabase()
            : new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder, "planbot.db") }.ToString();
    }

    public PlanStoreProvider Provider { get; }

    public string Folder { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file (unused with PostgreSQL).</summary>
    public string DatabasePath => Path.Combine(Folder, "planbot.db");

    /// <summary>The settings that point PlanBot at this store.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:PlanStore"] = ConnectionString,
        ["PlanStore:Provider"] = Provider.ToString(),
    };

    /// <summary>Points a CLI run or host at this store.</summary>
    public void Configure(IConfigurationBuilder configuration) => configuration.AddInMemoryCollection(Settings);

    /// <summary>The store as the app sees it (same registration, never started), to check what a run left behind.</summary>
    public IHost OpenReader()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Folder });
        Configure(builder.Configuration);
        builder.Services.AddPlanBotData(builder.Configuration);
        return builder.Build();
    }

    public async Task<(ActionPlan? Plan, IReadOnlyList<ImportRun> Runs)> ReadAsync()
    {
        using var host = OpenReader();
        var store = host.Services.GetRequiredService<IPlanStore>();
        return (await store.LoadPlanAsync(CancellationToken.None), await store.ListImportRunsAsync(100, CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Provider == PlanStoreProvider.PostgreSql)
        {
            PostgresServer.Shared!.DropDatabase(ConnectionString);
        }

        Directory.Delete(Folder, recursive: true);
    }
}
