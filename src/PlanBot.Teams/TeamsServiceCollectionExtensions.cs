using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PlanBot.Connector.Client;
using PlanBot.Connector.Hosting;
using PlanBot.Domain.Questions;
using PlanBot.Teams.Chat;
using PlanBot.Teams.Conversations;
using PlanBot.Teams.Digest;
using PlanBot.Teams.Export;
using PlanBot.Teams.Proactive;
using PlanBot.Teams.Questions;
using PlanBot.Teams.Reminders;
using PlanBot.Teams.RosterCheck;
using PlanBot.Teams.Welcome;

using PlanBot.Teams.Diagnostics;

namespace PlanBot.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// PlanBot's Teams experience on top of the connector edge: the turn handler and the chat-command router with a
    /// handler per row of <see cref="ChatCommands"/>, each feature's services, the conversation recorder and the stored
    /// trust of service URLs, and proactive sends through the outbox. Call after <c>AddPlanBotConnector</c> and the data
    /// registration; these replace the connector's do-nothing defaults. Answering and sending progress cards also needs
    /// the schedule and business calendar the scheduling registration provides (a card's deadline is computed from them).
    /// </summary>
    public static IServiceCollection AddPlanBotTeams(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<TeamsMetrics>();
        services.TryAddSingleton<QuestionService>();

        // The turn and the chat commands: one handler per row of the table, resolved by the router.
        services.Replace(ServiceDescriptor.Scoped<IActivityHandler, PlanBotActivityHandler>());
        services.TryAddScoped<ChatCommandRouter>();
        services.TryAddScoped<ChatReplies>();
        services.Replace(ServiceDescriptor.Singleton<IAcknowledgementPolicy, StateChangingMessages>());
        foreach (var handler in ChatCommands.All.Select(c => c.Handler).OfType<Type>().Distinct())
        {
            services.TryAddEnumerable(ServiceDescriptor.Scoped(typeof(IChatCommandHandler), handler));
        }

        services.TryAddScoped<WelcomeHandler>();
        services.TryAddScoped<QuestionHandler>();
        services.AddPlanBotReminders();
        services.AddPlanBotRosterCheck();
        services.AddPlanBotDigest();
        services.AddPlanBotExport();

        services.Replace(ServiceDescriptor.Scoped<IConversationReferenceSink, ConversationRecorder>());
        services.Replace(ServiceDescriptor.Singleton<ITrustedServiceUrls, StoredTrustedServiceUrls>());

        // Proactive sends: each feature enqueues and registers the IOutboxMessageSender of its kinds; the outbox sender delivers.
        services.AddScoped<PersonalConversations>();
        services.AddScoped<PersonalDelivery>();
        services.TryAddScoped<TeamMembersReader>();

        // Replies a turn could not deliver in time: handed to the outbox, sent from there.
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
