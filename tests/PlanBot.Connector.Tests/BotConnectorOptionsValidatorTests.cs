using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
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
        var options = Bind(new() { ["PlanBot:LocalMode"] = "true" });

        Assert.True(options.IsLocalMode);
        Assert.Equal(BotConnectorOptions.DefaultAllowedServiceUrlHosts, options.EffectiveAllowedServiceUrlHosts);
    }

    [Theory]
    [InlineData("SingleTenant", "pw", null, "SingleTenant needs")]
    [InlineData("SingleTenant", null, "tenant", "SingleTenant needs")]
    [InlineData("MultiTenant", null, null, "MultiTenant needs")]
    [InlineData("UserAssignedMSI", "pw", "tenant", "UserAssignedMSI must not have MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "pw", null, "UserAssignedMSI must not have MicrosoftAppPassword")]
    [InlineData("Federated", "pw", "tenant", "is not one of")]
    [InlineData(null, "pw", null, "MicrosoftAppType is not set and there is no MicrosoftAppTenantId")]
    [InlineData("", null, null, "MicrosoftAppType is not set and there is no MicrosoftAppTenantId")]
    public void Validate_InconsistentIdentity_FailsWithReason(string? appType, string? password, string? tenant, string reason)
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

    [Fact]
    public void Validate_SingleTenantMissingBoth_NamesBoth()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["MicrosoftAppId"] = "app", ["MicrosoftAppType"] = "SingleTenant" }));

        Assert.Contains("MicrosoftAppType SingleTenant needs MicrosoftAppPassword and MicrosoftAppTenantId.", failure.Failures);
    }

    [Theory]
    [InlineData(null, BotAppType.SingleTenant)]
    [InlineData("UserAssignedMSI", BotAppType.UserAssignedMSI)]
    public void Validate_IdentityWithoutPasswordOrType_ReadsAsIntended(string? appType, BotAppType expected)
    {
        var options = Bind(new()
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppPassword"] = appType is null ? "pw" : null,
            ["MicrosoftAppTenantId"] = appType is null ? "tenant" : null,
        });

        Assert.Equal(expected, options.AppType);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public void Validate_NoIdentity_LocalModeOnlyInDevelopment(string? environment, bool starts)
    {
        var bind = () => Bind(new() { ["BotConnector:Processing:WorkerCount"] = "1" }, environment);

        if (starts)
        {
            Assert.True(bind().IsLocalMode);
        }
        else
        {
            var failure = Assert.Throws<OptionsValidationException>(bind);
            Assert.Contains(failure.Failures, f => f.StartsWith("No bot identity is configured (MicrosoftAppId is not set).", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Validate_LocalModeSwitchWithAnIdentity_Refused()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["PlanBot:LocalMode"] = "true",
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "pw",
            ["MicrosoftAppTenantId"] = "tenant",
        }));

        Assert.Contains(failure.Failures, f => f.Contains("PlanBot:LocalMode is true but MicrosoftAppId is set", StringComparison.Ordinal));
    }

    [Fact]
    public void Bind_AgentsSdkSection_MapsOntoTheBotFrameworkNames()
    {
        var options = Bind(new()
        {
            ["Connections:ServiceConnection:Settings:AuthType"] = "ClientSecret",
            ["Connections:ServiceConnection:Settings:ClientId"] = "app",
            ["Connections:ServiceConnection:Settings:ClientSecret"] = "pw",
            ["Connections:ServiceConnection:Settings:TenantId"] = "tenant",
            ["Connections:ServiceConnection:Settings:Scopes:0"] = "https://api.botframework.com/.default",
        });

        Assert.Equal("app", options.MicrosoftAppId);
        Assert.Equal("pw", options.MicrosoftAppPassword);
        Assert.Equal("tenant", options.MicrosoftAppTenantId);
        Assert.Equal(BotAppType.SingleTenant, options.AppType);
        Assert.Equal("https://api.botframework.com", options.ToChannelFromBotOAuthScope);
    }

    [Theory]
    [InlineData("Certificate", "is not supported by PlanBot: use ClientSecret or UserManagedIdentity")]
    [InlineData("SystemManagedIdentity", "an Azure Bot takes a user-assigned managed identity")]
    public void Validate_AgentsSdkAuthTypeNotSupported_SaysWhatIs(string authType, string reason)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["Connections:ServiceConnection:Settings:AuthType"] = authType,
            ["Connections:ServiceConnection:Settings:ClientId"] = "app",
        }));

        Assert.Contains(failure.Failures, f => f.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BothShapesDisagree_RefusedWithoutEchoingTheSecrets()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new()
        {
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret-one",
            ["MicrosoftAppTenantId"] = "tenant",
            ["Connections:ServiceConnection:Settings:ClientId"] = "app",
            ["Connections:ServiceConnection:Settings:ClientSecret"] = "secret-two",
        }));

        var message = Assert.Single(failure.Failures);
        Assert.Equal("MicrosoftAppPassword and Connections:ServiceConnection:Settings:ClientSecret are both set and differ: configure the bot's identity in one place.", message);
    }

    [Theory]
    [InlineData("ToBotFromChannelOpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("ToChannelFromBotLoginUrl", "http://login.microsoftonline.com/botframework.com")]
    [InlineData("BotConnector:AllowedServiceUrlHosts:0", "https://smba.trafficmanager.net/")]
    [InlineData("BotConnector:Processing:MaxRequestBodyBytes", "0")]
    [InlineData("BotConnector:Resilience:MaxRetryAttempts", "50")]
    public void Validate_UnsafeOrImpossibleSetting_Fails(string key, string value)
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["PlanBot:LocalMode"] = "true", [key] = value }));

        Assert.Contains(failure.Failures, f => f.Contains(key.Split(':').Last(part => !part.All(char.IsAsciiDigit)), StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_LoopbackHttpMetadata_Accepted()
    {
        var options = Bind(new() { ["PlanBot:LocalMode"] = "true", ["ToBotFromChannelOpenIdMetadataUrl"] = "http://127.0.0.1:5000/v1/.well-known/openidconfiguration" });

        Assert.Equal("127.0.0.1", options.ToBotFromChannelOpenIdMetadataUrl.Host);
    }

    private static BotConnectorOptions Bind(Dictionary<string, string?> settings, string? environment = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (environment is not null)
        {
            services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        }

        using var provider = services.AddPlanBotConnector(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<BotConnectorOptions>>().Value;
    }
}
