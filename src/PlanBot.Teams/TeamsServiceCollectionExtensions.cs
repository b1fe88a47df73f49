using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Domain.Questions;
using PlanBot.Teams.Conversations;
using PlanBot.Teams.Handlers;

namespace PlanBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// PlanBot's Teams experience on top of the connector edge: its activity handler, the conversation recorder and the
    /// stored trust of service URLs. Call after <c>AddPlanBotConnector</c> and the data registration; these replace the
    /// connector's do-nothing defaults. Answering reminder cards also needs the <c>ReminderSchedule</c> and
    /// <c>BusinessCalendar</c> the scheduling registration provides (the card's deadline is computed from them).
    /// </summary>
    public static IServiceCollection AddPlanBotTeams(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QuestionService>();
        services.TryAddScoped<ProgressCardHandler>();
        services.Replace(ServiceDescriptor.Scoped<IActivityHandler, PlanBotActivityHandler>());
        services.Replace(ServiceDescriptor.Scoped<IConversationReferenceSink, ConversationRecorder>());
        services.Replace(ServiceDescriptor.Singleton<ITrustedServiceUrls, StoredTrustedServiceUrls>());
        return services;
    }
}
