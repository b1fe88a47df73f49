using PlanBot.Domain.Import;

namespace PlanBot.Plans;

public static class PlansServiceCollectionExtensions
{
    /// <summary>
    /// The plan document parser, the file importer and the seed options. With <paramref name="importSeedWhenEmpty"/>,
    /// also the start-up import of the seed into an empty store (register after <c>AddPlanBotData</c>, which migrates first).
    /// </summary>
    public static IServiceCollection AddPlanBotPlans(this IServiceCollection services, IConfiguration configuration, bool importSeedWhenEmpty = true)
    {
        services.AddOptions<PlanSeedOptions>()
            .Bind(configuration.GetSection(PlanSeedOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "PlanSeed:Path must name the seed plan file.")
            .ValidateOnStart();
        services.AddSingleton<PlanDocumentParser>();
        services.AddSingleton<PlanImporter>();
        if (importSeedWhenEmpty)
        {
            services.AddHostedService<SeedImportService>();
        }

        return services;
    }
}
