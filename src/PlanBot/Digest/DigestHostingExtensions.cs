using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Scheduling;
using PlanBot.Teams.Digest;

namespace PlanBot.Digest;

public static class DigestHostingExtensions
{
    /// <summary>
    /// The weekly digest in the host: the Teams side (<see cref="DigestServiceCollectionExtensions.AddPlanBotDigest"/>)
    /// and <see cref="WeeklyDigestRunner"/> in place of the logging stand-in. Call after <c>AddPlanBotTeams</c>.
    /// </summary>
    public static IServiceCollection AddPlanBotWeeklyDigest(this IServiceCollection services)
    {
        services.AddPlanBotDigest();
        services.Replace(ServiceDescriptor.Singleton<IWeeklyDigestRunner, WeeklyDigestRunner>());
        return services;
    }
}
