using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// The weekly digest in Teams: <see cref="WeeklyDigestService"/>, the channel commands the message handler asks
    /// first (<see cref="DigestChannelCommands"/>), the outbox sender that posts queued digests, and the
    /// <see cref="DigestBuilder"/> on the registered <see cref="BusinessCalendar"/> (the scheduling registration provides
    /// it). <c>AddPlanBotTeams</c> calls it, since the message handler asks the channel commands first; calling it again
    /// adds nothing.
    /// </summary>
    public static IServiceCollection AddPlanBotDigest(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new DigestBuilder(provider.GetRequiredService<BusinessCalendar>()));
        services.TryAddSingleton<WeeklyDigestService>();
        services.TryAddSingleton<DigestChannelCommands>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IOutboxMessageSender, DigestOutboxSender>());
        return services;
    }
}
