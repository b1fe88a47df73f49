using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Data.Tests.Support;

namespace PlanBot.Data.Tests;

/// <summary>
/// The host runs on each provider's compiled model (<see cref="PlanStoreDatabase.CompiledModel"/>), not on the model
/// the code declares: after a model change the checked-in one is stale until regenerated. These tests generate it
/// again in process, as <c>dotnet ef dbcontext optimize</c> does, and compare.
/// </summary>
public sealed partial class CompiledModelTests
{
    public static TheoryData<PlanStoreProvider> Providers => [PlanStoreProvider.Sqlite, PlanStoreProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Providers))]
    public void CheckedInCompiledModel_GeneratedAgainFromTheModel_IsTheSame(PlanStoreProvider provider)
    {
        var project = MigrationsAssembly(provider);
        var folder = Path.Combine(RepositoryRoot(), "src", project, "CompiledModel");
        var generated = Generate(provider, project).ToDictionary(file => file.Path, file => Normalized(file.Code));
        var checkedIn = Directory.GetFiles(folder, "*.cs").ToDictionary(path => Path.GetFileName(path), path => Normalized(File.ReadAllText(path)));

        var stale = generated.Keys.Union(checkedIn.Keys)
            .Where(name => !generated.TryGetValue(name, out var code) || !checkedIn.TryGetValue(name, out var kept) || code != kept)
            .Order()
            .ToList();
        Assert.True(
            stale.Count == 0,
            $"The {provider} compiled model is stale ({string.Join(", ", stale)}). From the repository root: " +
            $"dotnet ef dbcontext optimize --project src/{project} --output-dir CompiledModel --namespace {project}.CompiledModel");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void CompiledModel_ForEachProvider_ComesFromThatProvidersMigrationsAssembly(PlanStoreProvider provider)
    {
        var model = PlanStoreDatabase.CompiledModel(provider);

        Assert.NotNull(model);
        Assert.Equal(MigrationsAssembly(provider), model.GetType().Assembly.GetName().Name);
    }

    [Fact]
    public async Task HostContext_OnAMigratedStore_RunsOnTheCompiledModel()
    {
        await using var db = await TempPlanDatabase.CreateAsync();
        await using var context = db.NewContext();

        Assert.Same(PlanStoreDatabase.CompiledModel(PlanStoreProvider.Sqlite), context.Model);
    }

#pragma warning disable EF1001 // The design-time services `dotnet ef` builds: the only way to run its generator in process.
    private static IReadOnlyCollection<ScaffoldedFile> Generate(PlanStoreProvider provider, string project)
    {
        using var context = new PlanDbContext(PlanStoreDatabase.OptionsFor(new PlanStoreOptions { Provider = provider, ConnectionString = provider == PlanStoreProvider.PostgreSql ? "Host=localhost" : "Data Source=design-time.db" }));
        var assembly = Assembly.Load(project);
        var services = new DesignTimeServicesBuilder(assembly, assembly, new OperationReporter(handler: null), []).Build(context);
        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = typeof(PlanDbContext),
            ModelNamespace = project + ".CompiledModel",
            Language = "C#",
            UseNullableReferenceTypes = true,
        };
        return services.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(options)
            .GenerateModel(context.GetService<IDesignTimeModel>().Model, options);
    }
#pragma warning restore EF1001

    private static string MigrationsAssembly(PlanStoreProvider provider) =>
        provider == PlanStoreProvider.PostgreSql ? PlanStoreDatabase.PostgreSqlMigrationsAssembly : PlanStoreDatabase.SqliteMigrationsAssembly;

    /// <summary>The generator names a fresh model id each time; everything else must match.</summary>
    private static string Normalized(string code) =>
        ModelId().Replace(code.TrimStart('\uFEFF').ReplaceLineEndings("\n"), "modelId: new Guid(\"…\")");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]+"\)""")]
    private static partial Regex ModelId();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PlanBot.sln above {AppContext.BaseDirectory}.");
    }
}
