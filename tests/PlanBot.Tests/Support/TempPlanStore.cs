using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PlanBot.Data;
using PlanBot.Domain.Plans;

namespace PlanBot.Tests.Support;

/// <summary>A temp folder holding a SQLite plan store file for one test, and a way to look inside it.</summary>
internal sealed class TempPlanStore : IDisposable
{
    public TempPlanStore()
    {
        Folder = Directory.CreateTempSubdirectory("planbot-tests-").FullName;
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(Folder, "planbot.db") }.ToString();
    }

    public string Folder { get; }

    public string ConnectionString { get; }

    public string DatabasePath => Path.Combine(Folder, "planbot.db");

    /// <summary>Points a CLI run or host at this store.</summary>
    public void Configure(IConfigurationBuilder configuration) =>
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:PlanStore"] = ConnectionString });

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
        Directory.Delete(Folder, recursive: true);
    }
}
