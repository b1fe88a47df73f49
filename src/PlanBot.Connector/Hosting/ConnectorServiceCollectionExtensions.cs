using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using PlanBot.Connector.Auth;
using PlanBot.Connector.Client;
using PlanBot.Connector.Diagnostics;

namespace PlanBot.Connector.Hosting;

/// <summary>Registers the Bot Connector edge: options, inbound validation, outbound client, queue and workers.</summary>
public static class ConnectorServiceCollectionExtensions
{
    private const string FileUploadClientPipelineName = "PlanBot.FileUpload";

    /// <summary>
    /// Binds <see cref="BotConnectorOptions"/> from the configuration root (Bot Framework names), the "BotConnector"
    /// section and the Agents SDK's connection settings (<see cref="BotIdentityConfiguration"/>), validated at start. Register your <see cref="IActivityHandler"/> and <see cref="IConversationReferenceSink"/>
    /// (and, to persist it, <see cref="ITrustedServiceUrls"/>) to replace the do-nothing defaults.
    /// </summary>
    public static IServiceCollection AddPlanBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotConnectorOptions>()
            .Bind(configuration)
            .Bind(configuration.GetSection(BotConnectorOptions.SectionName))
            .Configure<IServiceProvider>((options, provider) =>
                BotIdentityConfiguration.Apply(configuration, provider.GetService<IHostEnvironment>(), options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotConnectorOptions>, BotConnectorOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<ConnectorMetrics>();

        services.AddHttpClient(ChannelTokenValidator.MetadataHttpClientName);
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.TryAddSingleton<ChannelTokenValidator>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();

        services.TryAddSingleton<ITrustedServiceUrls, InMemoryTrustedServiceUrls>();
        services.TryAddSingleton<ServiceUrlGuard>();
        services.TryAddSingleton<SendPacer>();
        services.TryAddTransient<BotTokenHandler>();
        services.TryAddTransient<ThrottleMeteringHandler>();
        var connector = services.AddHttpClient<IConnectorClient, ConnectorClient>();
        // Order matters: the resilience handler is outermost, so every retry asks for a (cached, fresh) token.
        connector.AddResilienceHandler(ConnectorResilience.PipelineName, ConnectorResilience.Configure).SelectPipelineByAuthority();
        connector.AddHttpMessageHandler<ThrottleMeteringHandler>();
        connector.AddHttpMessageHandler<BotTokenHandler>();
        services.TryAddKeyedTransient<IConnectorClient>(ConnectorClients.NoWait, static (provider, _) =>
            provider.GetRequiredService<IConnectorClient>() is ConnectorClient client ? client.WithoutWaits() : provider.GetRequiredService<IConnectorClient>());

        // Uploads of accepted files go to OneDrive's upload URL: the same retries, never the bot's token.
        services.AddHttpClient<IFileUploadClient, FileUploadClient>()
            .AddResilienceHandler(FileUploadClientPipelineName, ConnectorResilience.Configure).SelectPipelineByAuthority();

        services.TryAddSingleton<IActivityHandler, NullActivityHandler>();
        services.TryAddSingleton<IConversationReferenceSink, NullConversationReferenceSink>();
        services.TryAddSingleton<IReplyOutbox, NullReplyOutbox>();
        services.TryAddSingleton<IAcknowledgementPolicy, AcknowledgeAtOnce>();
        services.TryAddSingleton<IActivityDeduplicator, ActivityDeduplicator>();
        services.TryAddSingleton<ActivityQueue>();
        services.TryAddSingleton<TurnRunner>();
        services.TryAddSingleton<OverloadLog>();
        services.TryAddSingleton<BotRequestProcessor>();
        services.AddHostedService<ConnectorStartupLog>();
        services.AddHostedService<ClientSecretExpiryMonitor>();
        services.AddHostedService<ActivityWorker>();
        return services;
    }
}
