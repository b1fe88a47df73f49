using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Domain.Questions;
using PlanBot.Teams.Conversations;
using PlanBot.Teams.Cards.Reminders;
using PlanBot.Teams.Digest;
using PlanBot.Teams.Handlers;
using PlanBot.Teams.Proactive;
using PlanBot.Teams.RosterChecks;

namespace PlanBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// PlanBot's Teams experience on top of the connector edge: its activity handler, the conversation recorder and the
    /// stored trust of service URLs, and proactive sends through the outbox. Call after <c>AddPlanBotConnector</c> and the
    /// data registration; these replace the connector's do-nothing defaults. Answering and sending reminder cards also
    /// needs the <c>ReminderSchedule</c> and <c>BusinessCalendar</c> the scheduling registration provides (the card's
    /// deadline is computed from them).
    /// </summary>
    public static IServiceCollection AddPlanBotTeams(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QuestionService>();
        services.TryAddScoped<RemindNowCommand>();
        services.TryAddScoped<RosterCheckCommand>();
        services.TryAddScoped<TeamMembersReader>();
        services.TryAddScoped<RosterCheckService>();
        services.TryAddScoped<RosterCheckNotices>();
        services.AddPlanBotDigest();
        services.TryAddScoped<ProgressCardHandler>();
        services.Replace(ServiceDescriptor.Scoped<IActivityHandler, PlanBotActivityHandler>());
        services.Replace(ServiceDescriptor.Scoped<IConversationReferenceSink, ConversationRecorder>());
        services.Replace(ServiceDescriptor.Singleton<ITrustedServiceUrls, StoredTrustedServiceUrls>());

        // Proactive sends: the dispatcher decides and enqueues, the outbox sender delivers (ReminderSchedule and
        // BusinessCalendar, for the card's deadline, come from the scheduling registration).
        services.TryAddSingleton<ReminderDispatcher>();
        services.TryAddSingleton<ReminderCardComposer>();
        services.AddScoped<PersonalConversations>();
        services.AddScoped<PersonalDelivery>();
        services.AddScoped<IOutboxMessageSender, ReminderCardSender>();
        services.AddScoped<IOutboxMessageSender, ManagerNoticeSender>();
        services.AddScoped<IOutboxMessageSender, RosterCheckSender>();
        services.AddScoped<IOutboxMessageSender, ReplySender>();
        services.TryAddSingleton<OutboxReplies>();
        services.Replace(ServiceDescriptor.Singleton<IReplyOutbox>(provider => provider.GetRequiredService<OutboxReplies>()));
        services.AddHostedService(provider => provider.GetRequiredService<OutboxReplies>());
        services.AddOptions<OutboxSenderOptions>().BindConfiguration(OutboxSenderOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxSenderOptions>, OutboxSenderOptionsValidator>());
        services.TryAddSingleton<OutboxSender>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxSender>());
        return services;
    }
}
