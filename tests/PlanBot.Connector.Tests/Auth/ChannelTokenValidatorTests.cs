using System.Net;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Auth;

/// <summary>Every forgery the Bot Connector's token rules exist for, sent over real HTTP to the real endpoint.</summary>
public sealed class ChannelTokenValidatorTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    /// <summary>Each forgery and the reason the log must give for refusing it.</summary>
    public static TheoryData<string, string> Forgeries => new()
    {
        { "wrong-signature", "IDX10511: Signature validation failed" },
        { "unknown-kid", "signing key id 'never-published' is not in the OpenID metadata keys" },
        { "alg-none", "signing algorithm 'none' is not allowed" },
        { "hs256-with-public-key", "signing algorithm 'HS256' is not allowed" },
        { "wrong-issuer", "SecurityTokenInvalidIssuerException" },
        { "wrong-audience", "SecurityTokenInvalidAudienceException" },
        { "expired-beyond-skew", "SecurityTokenInvalidLifetimeException" },
        { "not-yet-valid", "SecurityTokenInvalidLifetimeException" },
        { "serviceurl-mismatch", "serviceurl claim does not match" },
        { "missing-endorsement", "signing key is not endorsed for channel 'msteams'" },
        { "missing-header", "no Authorization header" },
        { "malformed-header", "bearer token is not a well-formed JWT" },
        { "not-bearer", "Authorization header is not a Bearer token" },
        { "empty-bearer", "Authorization header is not a Bearer token" },
    };

    [Fact]
    public async Task PostActivity_ValidToken_Returns200AndHandlesAuthenticated()
    {
        var id = Guid.NewGuid().ToString();

        using var response = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, id), "Bearer " + fixture.Issuer.CreateToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (turn, _) = await fixture.HandledTurnAsync(id);
        Assert.True(turn.Identity.IsAuthenticated);
        Assert.Equal(ServiceUrl, turn.Identity.FindFirst("serviceurl")?.Value);
        Assert.Contains(fixture.Host.Sink.Recorded, a => a.Id == id);
    }

    [Fact]
    public async Task PostActivity_ExpiredWithinSkew_Returns200()
    {
        var id = Guid.NewGuid().ToString();
        var now = DateTime.UtcNow;
        var token = fixture.Issuer.CreateToken(ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-4));

        using var response = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, id), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fixture.HandledUntilAsync(id);
    }

    [Fact]
    public async Task PostActivity_ServiceUrlDiffersOnlyInCase_Returns200()
    {
        var id = Guid.NewGuid().ToString();
        var token = fixture.Issuer.CreateToken(ServiceUrl.ToUpperInvariant());

        using var response = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, id), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fixture.HandledUntilAsync(id);
    }

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task PostActivity_ForgedToken_Returns401AndProcessesNothing(string forgery, string loggedReason)
    {
        var forgedId = "forged-" + Guid.NewGuid();
        var channelId = "msteams";
        var now = DateTime.UtcNow;
        var issuer = fixture.Issuer;
        var authorization = forgery switch
        {
            "wrong-signature" => "Bearer " + issuer.CreateToken(ServiceUrl, signWithRogueKey: true),
            "unknown-kid" => "Bearer " + issuer.CreateToken(ServiceUrl, keyId: "never-published", signWithRogueKey: true),
            "alg-none" => "Bearer " + TestIssuer.CreateUnsignedToken(ServiceUrl),
            "hs256-with-public-key" => "Bearer " + issuer.CreateHmacWithPublicKeyToken(ServiceUrl),
            "wrong-issuer" => "Bearer " + issuer.CreateToken(ServiceUrl, issuer: "https://sts.windows.net/attacker/"),
            "wrong-audience" => "Bearer " + issuer.CreateToken(ServiceUrl, audience: "99999999-0000-0000-0000-000000000000"),
            "expired-beyond-skew" => "Bearer " + issuer.CreateToken(ServiceUrl, notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)),
            "not-yet-valid" => "Bearer " + issuer.CreateToken(ServiceUrl, notBefore: now.AddMinutes(6), expires: now.AddHours(1)),
            "serviceurl-mismatch" => "Bearer " + issuer.CreateToken("https://evil.example.com/teams/"),
            "missing-endorsement" => "Bearer " + issuer.CreateToken(ServiceUrl, keyId: TestIssuer.WebchatKeyId),
            "missing-header" => null,
            "malformed-header" => "Bearer not.a-jwt",
            "not-bearer" => "Basic " + Convert.ToBase64String("user:pass"u8.ToArray()),
            "empty-bearer" => "Bearer ",
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };

        using var forged = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, forgedId, channelId: channelId), authorization);
        var validId = Guid.NewGuid().ToString();
        using var valid = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, validId), "Bearer " + issuer.CreateToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        // One worker, FIFO: had the forged activity been queued, it would be handled before the valid one.
        var handled = await fixture.HandledUntilAsync(validId);
        Assert.DoesNotContain(forgedId, handled);
        Assert.DoesNotContain(fixture.Host.Sink.Recorded, a => a.Id == forgedId);
        Assert.Contains(loggedReason, fixture.Host.Logs.Lines.Last(l => l.Contains("[1301]", StringComparison.Ordinal)), StringComparison.Ordinal);
        if (authorization is { Length: > 20 })
        {
            var token = authorization[(authorization.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            Assert.DoesNotContain(fixture.Host.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task PostActivity_WebchatKeyForWebchatChannel_Returns200()
    {
        var id = Guid.NewGuid().ToString();
        var token = fixture.Issuer.CreateToken(ServiceUrl, keyId: TestIssuer.WebchatKeyId);

        using var response = await fixture.Host.PostAsync(TeamsActivities.Message(ServiceUrl, id, channelId: "webchat"), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await fixture.HandledUntilAsync(id);
    }
}
