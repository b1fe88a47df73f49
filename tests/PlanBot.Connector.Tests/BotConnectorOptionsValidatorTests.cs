using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PlanBot.Connector.Hosting;

namespace PlanBot.Connector.Tests;

/// <summary>Options bound from the Bot Framework keys at the root and PlanBot's section, validated before start.</summary>
public sealed class BotConnectorOptionsValidatorTests
{
    [Fact]
    public void Bind_BotFrameworkRootKeysAndSection_ReadsBoth()
    {
        var options = Bind(new()
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppType"] = "singletenant",
            ["MicrosoftAppTenantId"] = "tenant",
            ["ToBotFromChannelOpenIdMetadataUrl"] = "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
            ["ToBotFromChannelTokenIssuer"] = "https://api.botframework.us",
            ["BotConnector:AllowedServiceUrlHosts:0"] = "*.example.com",
            ["BotConnector:Processing:QueueCapacity"] = "7",
            ["BotConnector:Resilience:MaxRetryAttempts"] = "2",
        });

        Assert.Equal(BotAppType.SingleTenant, options.AppType);
        Assert.Equal("https://api.botframework.us", options.ToBotFromChannelTokenIssuer);
        Assert.Equal(["*.example.com"], options.EffectiveAllowedServiceUrlHosts);
        Assert.Equal(7, options.Processing.QueueCapacity);
        Assert.Equal(2, options.Resilience.MaxRetryAttempts);
    }

    [Fact]
    public void Bind_NoAllowList_UsesTeamsDefaults()
    {
        var options = Bind([]);

        Assert.True(options.IsLocalMode);
        Assert.Equal(BotConnectorOptions.DefaultAllowedServiceUrlHosts, options.EffectiveAllowedServiceUrlHosts);
    }

    [Theory]
    [InlineData("SingleTenant", "pw", null, "SingleTenant needs")]
    [InlineData("SingleTenant", null, "tenant", "SingleTenant needs")]
    [InlineData("MultiTenant", null, null, "MultiTenant needs")]
    [InlineData("UserAssignedMSI", "pw", "tenant", "UserAssignedMSI needs")]
    [InlineData("UserAssignedMSI", null, null, "UserAssignedMSI needs")]
    [InlineData("Federated", "pw", "tenant", "is not one of")]
    public void Validate_InconsistentIdentity_FailsWithReason(string appType, string? password, string? tenant, string reason)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        }));

        Assert.Contains(failure.Failures, f => f.Contains(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("ToChannelFromBotLoginUrl", "http://login.microsoftonline.com/botframework.com")]
    [InlineData("BotConnector:AllowedServiceUrlHosts:0", "https://smba.trafficmanager.net/")]
    [InlineData("BotConnector:Processing:MaxRequestBodyBytes", "0")]
    [InlineData("BotConnector:Resilience:MaxRetryAttempts", "50")]
    public void Validate_UnsafeOrImpossibleSetting_Fails(string key, string value)
    {
        Assert.Throws<OptionsValidationException>(() => Bind(new() { [key] = value }));
    }

    [Fact]
    public void Validate_LoopbackHttpMetadata_Accepted()
    {
        var options = Bind(new() { ["ToBotFromChannelOpenIdMetadataUrl"] = "http://127.0.0.1:5000/v1/.well-known/openidconfiguration" });

        Assert.Equal("127.0.0.1", options.ToBotFromChannelOpenIdMetadataUrl.Host);
    }

    private static BotConnectorOptions Bind(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var provider = new ServiceCollection().AddLogging().AddPlanBotConnector(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<BotConnectorOptions>>().Value;
    }
}
