using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Connector.Hosting;
using PlanBot.Data;

namespace PlanBot.Hosting;

public static class ScaleOutHostingExtensions
{
    /// <summary>
    /// What several instances on one PostgreSQL store share beyond the store itself: inbound deduplication (an
    /// activity delivered twice may reach two instances). The serviceUrl allow-list and conversation references already
    /// live in the store. On SQLite (one host per file) the in-memory deduplication stays: no write per turn. Call after
    /// <c>AddPlanBotConnector</c>.
    /// </summary>
    public static IServiceCollection AddPlanBotScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = PlanStoreOptions.ProviderIn(configuration);
        if (provider == PlanStoreProvider.PostgreSql)
        {
            services.Replace(ServiceDescriptor.Singleton<IActivityDeduplicator, StoredActivityDeduplicator>());
        }

        return services;
    }
}
