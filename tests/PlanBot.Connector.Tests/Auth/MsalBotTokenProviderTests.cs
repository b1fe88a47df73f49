using System.Web;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Connector.Auth;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Auth;

/// <summary>
/// The configuration matrix: each way of configuring the bot's identity (Bot Framework names, the Agents SDK section)
/// gives the right token request, against an in-memory token endpoint. Managed-identity cases set process environment
/// variables, so they live in this one class, whose tests never run in parallel with each other.
/// </summary>
public sealed class MsalBotTokenProviderTests
{
    [Fact]
    public async Task GetToken_SingleTenant_AsksOwnTenantWithClientCredentialsAndCaches()
    {
        var settings = ConnectorServices.DefaultSettings();
        settings["MicrosoftAppType"] = "SingleTenant";
        settings["MicrosoftAppTenantId"] = "7e3c1b9a-0000-4000-8000-00000000c0de";
        await using var services = ConnectorServices.Create(settings);
        var provider = services.Services.GetRequiredService<IBotTokenProvider>();

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(FakeTokenEndpoint.AccessToken, first);
        Assert.Equal(first, second);
        var (request, body) = Assert.Single(services.Tokens.Received); // the second came from MSAL's cache
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://login.microsoftonline.com/7e3c1b9a-0000-4000-8000-00000000c0de/oauth2/v2.0/token", request.RequestUri!.GetLeftPart(UriPartial.Path));
        var form = HttpUtility.ParseQueryString(body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(TestIssuer.AppId, form["client_id"]);
        Assert.Equal("test-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task GetToken_MultiTenant_AsksBotFrameworkTenant()
    {
        await using var services = ConnectorServices.Create();
        var provider = services.Services.GetRequiredService<IBotTokenProvider>();

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(FakeTokenEndpoint.AccessToken, token);
        var (request, body) = Assert.Single(services.Tokens.Received);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", request.RequestUri!.GetLeftPart(UriPartial.Path));
        Assert.Equal("https://api.botframework.com/.default", HttpUtility.ParseQueryString(body)["scope"]);
    }

    [Fact]
    public async Task GetToken_GovernmentCloudSettings_UsesConfiguredLoginAndScope()
    {
        var settings = ConnectorServices.DefaultSettings();
        settings["ToChannelFromBotLoginUrl"] = "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.us";
        settings["ToChannelFromBotOAuthScope"] = "https://api.botframework.us";
        await using var services = ConnectorServices.Create(settings);

        await services.Services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        var (request, body) = Assert.Single(services.Tokens.Received);
        Assert.Equal("https://login.microsoftonline.us/microsoftservices.onmicrosoft.us/oauth2/v2.0/token", request.RequestUri!.GetLeftPart(UriPartial.Path).ToLowerInvariant());
        Assert.Equal("https://api.botframework.us/.default", HttpUtility.ParseQueryString(body)["scope"]);
    }

    [Fact]
    public async Task GetToken_LocalMode_NoTokenAndNoRequest()
    {
        await using var services = ConnectorServices.Create(new Dictionary<string, string?> { ["PlanBot:LocalMode"] = "true" });

        var token = await services.Services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(services.Tokens.Received);
    }

    [Theory]
    [MemberData(nameof(ManagedIdentitySettings))]
    public async Task GetToken_UserAssignedMsi_AsksAppServiceIdentityEndpointWithoutATenant(string clientId, Dictionary<string, string?> settings)
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", "http://127.0.0.1:41234/msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "identity-header-secret");
        try
        {
            await using var services = ConnectorServices.Create(settings);
            var provider = services.Services.GetRequiredService<IBotTokenProvider>();

            var first = await provider.GetTokenAsync(CancellationToken.None);
            var second = await provider.GetTokenAsync(CancellationToken.None);

            Assert.Equal(FakeTokenEndpoint.AccessToken, first);
            Assert.Equal(first, second);
            var (request, _) = Assert.Single(services.Tokens.Received);
            Assert.Equal(HttpMethod.Get, request.Method);
            Assert.Equal("http://127.0.0.1:41234/msi/token", request.RequestUri!.GetLeftPart(UriPartial.Path));
            var query = HttpUtility.ParseQueryString(request.RequestUri.Query);
            Assert.Equal("https://api.botframework.com", query["resource"]);
            Assert.Equal(clientId, query["client_id"]);
            Assert.Equal("identity-header-secret", request.Headers.GetValues("X-IDENTITY-HEADER").Single());
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }

    /// <summary>One client id per case: MSAL shares its managed-identity token cache across applications in a process.</summary>
    public static TheoryData<string, Dictionary<string, string?>> ManagedIdentitySettings() => new()
    {
        {
            "aaaaaaaa-0000-4000-8000-000000000001",
            new() { ["MicrosoftAppId"] = "aaaaaaaa-0000-4000-8000-000000000001", ["MicrosoftAppType"] = "UserAssignedMSI" }
        },
        {
            "aaaaaaaa-0000-4000-8000-000000000002",
            new()
            {
                ["MicrosoftAppId"] = "aaaaaaaa-0000-4000-8000-000000000002", ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppTenantId"] = Tenant,
            }
        },
        {
            "aaaaaaaa-0000-4000-8000-000000000003",
            new()
            {
                ["Connections:ServiceConnection:Settings:AuthType"] = "UserManagedIdentity",
                ["Connections:ServiceConnection:Settings:ClientId"] = "aaaaaaaa-0000-4000-8000-000000000003",
                ["Connections:ServiceConnection:Settings:Scopes:0"] = "https://api.botframework.com/.default",
            }
        },
    };

    [Theory]
    [MemberData(nameof(ClientSecretSettings))]
    public async Task GetToken_ClientSecretShapes_PostClientCredentialsToTheRightAuthority(string shape, Dictionary<string, string?> settings, string tokenUrl, string scope)
    {
        settings["ValidateAuthority"] = "false";
        await using var services = ConnectorServices.Create(settings);

        var token = await services.Services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Equal(FakeTokenEndpoint.AccessToken, token);
        var (request, body) = Assert.Single(services.Tokens.Received);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.True(
            string.Equals(tokenUrl, request.RequestUri!.GetLeftPart(UriPartial.Path), StringComparison.OrdinalIgnoreCase),
            $"{shape}: asked {request.RequestUri}");
        var form = HttpUtility.ParseQueryString(body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(TestIssuer.AppId, form["client_id"]);
        Assert.Equal("test-secret", form["client_secret"]);
        Assert.Equal(scope, form["scope"]);
    }

    private const string Tenant = "7e3c1b9a-0000-4000-8000-00000000c0de";

    private const string SingleTenantTokenUrl = $"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/token";

    private const string BotFrameworkScope = "https://api.botframework.com/.default";

    public static TheoryData<string, Dictionary<string, string?>, string, string> ClientSecretSettings() => new()
    {
        {
            "Bot Framework names, type left out: the tenant makes it SingleTenant",
            new() { ["MicrosoftAppId"] = TestIssuer.AppId, ["MicrosoftAppPassword"] = "test-secret", ["MicrosoftAppTenantId"] = Tenant },
            SingleTenantTokenUrl,
            BotFrameworkScope
        },
        {
            "Agents SDK: ClientSecret with TenantId",
            new()
            {
                ["Connections:ServiceConnection:Settings:AuthType"] = "ClientSecret",
                ["Connections:ServiceConnection:Settings:ClientId"] = TestIssuer.AppId,
                ["Connections:ServiceConnection:Settings:ClientSecret"] = "test-secret",
                ["Connections:ServiceConnection:Settings:TenantId"] = Tenant,
                ["Connections:ServiceConnection:Settings:Scopes:0"] = BotFrameworkScope,
            },
            SingleTenantTokenUrl,
            BotFrameworkScope
        },
        {
            "Agents SDK: AuthType left out, tenant from AuthorityEndpoint",
            new()
            {
                ["Connections:ServiceConnection:Settings:ClientId"] = TestIssuer.AppId,
                ["Connections:ServiceConnection:Settings:ClientSecret"] = "test-secret",
                ["Connections:ServiceConnection:Settings:AuthorityEndpoint"] = $"https://login.microsoftonline.com/{Tenant}",
            },
            SingleTenantTokenUrl,
            BotFrameworkScope
        },
        {
            "Agents SDK: a multi-tenant registration (authority botframework.com)",
            new()
            {
                ["Connections:ServiceConnection:Settings:AuthType"] = "ClientSecret",
                ["Connections:ServiceConnection:Settings:ClientId"] = TestIssuer.AppId,
                ["Connections:ServiceConnection:Settings:ClientSecret"] = "test-secret",
                ["Connections:ServiceConnection:Settings:AuthorityEndpoint"] = "https://login.microsoftonline.com/botframework.com",
            },
            "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token",
            BotFrameworkScope
        },
        {
            "Agents SDK: US Government cloud authority and scope",
            new()
            {
                ["Connections:ServiceConnection:Settings:AuthType"] = "ClientSecret",
                ["Connections:ServiceConnection:Settings:ClientId"] = TestIssuer.AppId,
                ["Connections:ServiceConnection:Settings:ClientSecret"] = "test-secret",
                ["Connections:ServiceConnection:Settings:AuthorityEndpoint"] = $"https://login.microsoftonline.us/{Tenant}",
                ["Connections:ServiceConnection:Settings:Scopes:0"] = "https://api.botframework.us/.default",
            },
            $"https://login.microsoftonline.us/{Tenant}/oauth2/v2.0/token",
            "https://api.botframework.us/.default"
        },
        {
            "Both shapes, agreeing",
            new()
            {
                ["MicrosoftAppId"] = TestIssuer.AppId,
                ["MicrosoftAppType"] = "SingleTenant",
                ["MicrosoftAppTenantId"] = Tenant,
                ["Connections:ServiceConnection:Settings:ClientId"] = TestIssuer.AppId.ToUpperInvariant(),
                ["Connections:ServiceConnection:Settings:ClientSecret"] = "test-secret",
                ["Connections:ServiceConnection:Settings:TenantId"] = Tenant,
            },
            SingleTenantTokenUrl,
            BotFrameworkScope
        },
    };
}
