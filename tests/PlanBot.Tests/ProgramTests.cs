using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PlanBot.Data;
using PlanBot.Cli;
using PlanBot.Domain.Plans;
using PlanBot.Teams.Chat;
using PlanBot.Tests.Support;

namespace PlanBot.Tests;

/// <summary>The real host (Program) on a real temp SQLite file.</summary>
public sealed class ProgramTests : IDisposable
{
    private readonly TempPlanStore store = new();

    [Fact]
    public async Task Start_EmptyStore_MigratesAndImportsTheSeed()
    {
        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(store.DatabasePath, factory.Services.GetRequiredService<IOptions<PlanStoreOptions>>().Value.DatabasePath);
        var plans = factory.Services.GetRequiredService<IPlanStore>();
        var plan = await plans.LoadPlanAsync(CancellationToken.None);
        Assert.Equal(11, plan!.Strategies.Count);
        Assert.Equal(22, plan.Initiatives.Count());
        var run = Assert.Single(await plans.ListImportRunsAsync(10, CancellationToken.None));
        Assert.Equal("kyushu-keizai-action-plan-2024-2026.txt", run.Source.Name);
    }

    [Fact]
    public async Task Start_StoreAlreadyHoldsAPlan_DoesNotImportAgain()
    {
        Assert.Equal(0, await PlanBotCli.RunAsync(["import"], TextWriter.Null, TextWriter.Null, b => store.Configure(b.Configuration)));

        await using var factory = CreateFactory();
        using var client = factory.CreateClient();

        Assert.Equal(store.DatabasePath, factory.Services.GetRequiredService<IOptions<PlanStoreOptions>>().Value.DatabasePath);
        var plans = factory.Services.GetRequiredService<IPlanStore>();
        Assert.Single(await plans.ListImportRunsAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task Start_SeedImportSwitchedOff_LeavesTheStoreEmpty()
    {
        await using var factory = CreateFactory(("PlanSeed:ImportWhenStoreEmpty", "false"));
        using var client = factory.CreateClient();

        Assert.True(await factory.Services.GetRequiredService<IPlanStore>().IsEmptyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Start_EveryChatCommandRow_HasItsHandlerRegistered()
    {
        await using var factory = CreateFactory(("PlanSeed:ImportWhenStoreEmpty", "false"));
        using var scope = factory.Services.CreateScope();

        var handlers = scope.ServiceProvider.GetServices<IChatCommandHandler>().Select(h => h.GetType()).ToList();

        Assert.Equal(ChatCommands.All.Select(c => c.Handler).OfType<Type>().Order(TypeByName.Instance), handlers.Order(TypeByName.Instance));
    }

    public void Dispose() => store.Dispose();

    private sealed class TypeByName : IComparer<Type>
    {
        public static readonly TypeByName Instance = new();

        public int Compare(Type? x, Type? y) => StringComparer.Ordinal.Compare(x?.FullName, y?.FullName);
    }

    private WebApplicationFactory<Program> CreateFactory(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("ConnectionStrings:PlanStore", store.ConnectionString);
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
}
