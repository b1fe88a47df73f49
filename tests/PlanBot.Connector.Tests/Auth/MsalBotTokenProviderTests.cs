using System.Web;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Connector.Auth;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Auth;

/// <summary>Outbound tokens through MSAL for each MicrosoftAppType, against a fake token endpoint.</summary>
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
        await using var services = ConnectorServices.Create(new Dictionary<string, string?>());

        var token = await services.Services.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(services.Tokens.Received);
    }

    [Fact]
    public async Task GetToken_UserAssignedMsi_AsksAppServiceIdentityEndpoint()
    {
        var settings = ConnectorServices.DefaultSettings();
        settings.Remove("MicrosoftAppPassword");
        settings["MicrosoftAppType"] = "UserAssignedMSI";
        settings["MicrosoftAppTenantId"] = "7e3c1b9a-0000-4000-8000-00000000c0de";
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
            Assert.Equal(TestIssuer.AppId, query["client_id"]);
            Assert.Equal("identity-header-secret", request.Headers.GetValues("X-IDENTITY-HEADER").Single());
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }
}
