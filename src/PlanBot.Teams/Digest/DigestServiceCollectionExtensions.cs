using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Connector.Hosting;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Teams.Handlers;

using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// The weekly digest in Teams: <see cref="WeeklyDigestService"/>, <see cref="DigestChannelCommands"/> in front of the
    /// message handler, and the <see cref="DigestBuilder"/> on the registered <see cref="BusinessCalendar"/> (the
    /// scheduling registration provides it). Call after <c>AddPlanBotTeams</c> and the data registration.
    /// </summary>
    public static IServiceCollection AddPlanBotDigest(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new DigestBuilder(provider.GetRequiredService<BusinessCalendar>()));
        services.TryAddSingleton<WeeklyDigestService>();
        services.TryAddSingleton<DigestChannelCommands>();
        services.AddScoped<IOutboxMessageSender, DigestOutboxSender>();
        services.TryAddScoped<PlanBotActivityHandler>();
        services.Replace(ServiceDescriptor.Scoped<IActivityHandler, DigestCommandActivityHandler>());
        return services;
    }
}
