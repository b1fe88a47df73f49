using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.RosterCheck;

public static class RosterCheckServiceCollectionExtensions
{
    /// <summary>The roster check (「名簿確認」): the check itself, the notices the follow-up stage queues for admins, and their outbox sender.</summary>
    public static IServiceCollection AddPlanBotRosterCheck(this IServiceCollection services)
    {
        services.TryAddScoped<TeamMembersReader>();
        services.TryAddScoped<RosterCheckService>();
        services.TryAddScoped<RosterCheckNotices>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IOutboxMessageSender, RosterCheckSender>());
        return services;
    }
}
