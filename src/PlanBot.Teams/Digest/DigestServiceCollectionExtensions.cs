using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Digest;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Digest;

public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// The weekly digest in Teams: <see cref="WeeklyDigestService"/>, the outbox sender that posts queued digests, and
    /// the <see cref="DigestBuilder"/> on the registered <see cref="BusinessCalendar"/> (the scheduling registration
    /// provides it). Its chat commands are rows of the command table. <c>AddPlanBotTeams</c> calls it; calling it again
    /// adds nothing.
    /// </summary>
    public static IServiceCollection AddPlanBotDigest(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new DigestBuilder(provider.GetRequiredService<BusinessCalendar>()));
        services.TryAddSingleton<WeeklyDigestService>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IOutboxMessageSender, DigestOutboxSender>());
        return services;
    }
}
