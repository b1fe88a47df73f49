using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PlanBot.Data;
using PlanBot.Plans;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Plans;

public sealed class PlanImporterTests : IDisposable
{
    private readonly TempPlanStore store = new();

    [Fact]
    public async Task ImportFileAsync_SameTextWithBomAndCrLf_StoresTheSamePlanUnderANewHash()
    {
        using var host = CreateHost();
        await host.Services.GetRequiredService<PlanStoreMigrator>().MigrateAsync(CancellationToken.None);
        var importer = host.Services.GetRequiredService<PlanImporter>();
        var plain = await importer.ImportFileAsync(SeedFile.Path, CancellationToken.None);
        var windows = Path.Combine(store.Folder, "windows.txt");
        await File.WriteAllTextAsync(windows, SeedFile.Text.Replace("\n", "\r\n", StringComparison.Ordinal), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var again = await importer.ImportFileAsync(windows, CancellationToken.None);

        Assert.True(again.Result.IsUnchanged, string.Join('\n', again.Result.Changes));
        var runs = await host.Services.GetRequiredService<Domain.Plans.IPlanStore>().ListImportRunsAsync(2, CancellationToken.None);
        Assert.Equal(["windows.txt", "kyushu-keizai-action-plan-2024-2026.txt"], runs.Select(r => r.Source.Name));
        Assert.NotEqual(runs[0].Source.Sha256, runs[1].Source.Sha256);
        Assert.Equal(plain.Result.Summary.Items, again.Result.Summary.Items);
    }

    public void Dispose() => store.Dispose();

    private IHost CreateHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = store.Folder });
        store.Configure(builder.Configuration);
        builder.Services.AddPlanBotData(builder.Configuration);
        builder.Services.AddPlanBotPlans(builder.Configuration, importSeedWhenEmpty: false);
        return builder.Build();
    }
}
