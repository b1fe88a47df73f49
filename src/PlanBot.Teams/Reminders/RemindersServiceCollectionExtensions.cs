using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PlanBot.Teams.Proactive;

namespace PlanBot.Teams.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>
    /// The reminder in Teams: the dispatcher that opens a quarter's cycle and queues its cards, the composer that draws
    /// every reminder card, the handler of a card's answers, and the outbox senders of the cards and the manager notice.
    /// </summary>
    public static IServiceCollection AddPlanBotReminders(this IServiceCollection services)
    {
        services.TryAddSingleton<ReminderDispatcher>();
        services.TryAddSingleton<ReminderCardComposer>();
        services.TryAddScoped<ProgressCardHandler>();
        services.TryAddScoped<ProgressCardActions>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IOutboxMessageSender, ReminderCardSender>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IOutboxMessageSender, ManagerNoticeSender>());
        return services;
    }
}
