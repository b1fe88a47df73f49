using System.Net;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Auth;

/// <summary>Signing keys rotate, issuers go down, attackers invent key ids: the key cache copes, seen through the endpoint.</summary>
public sealed class OpenIdKeyCacheTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    [Fact]
    public async Task PostActivity_KeyPublishedAfterCaching_RefreshesKeysAndAccepts()
    {
        var issuer = new TestIssuer();
        await issuer.InitializeAsync();
        try
        {
            await using var host = await BotHost.StartAsync(BotHost.AuthenticatedSettings(issuer));
            using var warm = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "before"), "Bearer " + issuer.CreateToken(ServiceUrl));
            var fetchesBefore = issuer.MetadataRequests;

            issuer.RotateKeys();
            using var response = await host.PostAsync(
                TeamsActivities.Message(ServiceUrl, "after"), "Bearer " + issuer.CreateToken(ServiceUrl, keyId: TestIssuer.RotatedKeyId));

            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(issuer.MetadataRequests > fetchesBefore);
        }
        finally
        {
            await issuer.DisposeAsync();
        }
    }

    [Fact]
    public async Task PostActivity_ManyUnknownKids_RefreshesMetadataAtMostOnce()
    {
        var issuer = new TestIssuer();
        await issuer.InitializeAsync();
        try
        {
            await using var host = await BotHost.StartAsync(BotHost.AuthenticatedSettings(issuer));
            using var warm = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "warm"), "Bearer " + issuer.CreateToken(ServiceUrl));
            var fetchesBefore = issuer.MetadataRequests;

            for (var i = 0; i < 5; i++)
            {
                using var forged = await host.PostAsync(
                    TeamsActivities.Message(ServiceUrl, "forged-" + i), "Bearer " + issuer.CreateToken(ServiceUrl, keyId: "invented-" + i, signWithRogueKey: true));
                Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
            }

            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
            Assert.Equal(fetchesBefore + 1, issuer.MetadataRequests);
        }
        finally
        {
            await issuer.DisposeAsync();
        }
    }

    [Fact]
    public async Task PostActivity_MetadataUnreachable_Returns401WithReason()
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestIssuer.AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppType"] = "MultiTenant",
            ["ToBotFromChannelOpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
        };
        var issuer = new TestIssuer();
        await issuer.InitializeAsync();
        try
        {
            await using var host = await BotHost.StartAsync(settings);

            using var response = await host.PostAsync(TeamsActivities.Message(ServiceUrl, "m"), "Bearer " + issuer.CreateToken(ServiceUrl));

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains(host.Logs.Lines, l => l.Contains("OpenID metadata unavailable", StringComparison.Ordinal));
        }
        finally
        {
            await issuer.DisposeAsync();
        }
    }
}
