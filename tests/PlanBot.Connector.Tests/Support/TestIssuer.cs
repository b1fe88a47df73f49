using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PlanBot.Connector.Tests.Support;

/// <summary>
/// A local stand-in for login.botframework.com: OpenID metadata and a JWKS on 127.0.0.1, with endorsements.
/// Key "teams-key" is endorsed for msteams, "webchat-key" only for webchat; "rogue" keys are never published.
/// </summary>
public sealed class TestIssuer : IAsyncLifetime
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string TeamsKeyId = "teams-key";
    public const string WebchatKeyId = "webchat-key";

    private readonly RSA teamsKey = RSA.Create(2048);
    private readonly RSA webchatKey = RSA.Create(2048);
    private readonly RSA rogueKey = RSA.Create(2048);
    private readonly RSA rotatedKey = RSA.Create(2048);
    private LoopbackServer? server;
    private volatile bool rotated;

    public const string RotatedKeyId = "rotated-key";

    public Uri MetadataUrl => new(server!.BaseAddress, "v1/.well-known/openidconfiguration");

    private int metadataRequests;

    public int MetadataRequests => Volatile.Read(ref metadataRequests);

    public async Task InitializeAsync()
    {
        server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) =>
            {
                Interlocked.Increment(ref metadataRequests);
                var metadata = new JsonObject
                {
                    ["issuer"] = Issuer,
                    ["jwks_uri"] = new Uri(server!.BaseAddress, "v1/.well-known/keys").AbsoluteUri,
                    ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                };
                return Results.Text(metadata.ToJsonString(), "application/json");
            });
            app.MapGet("/v1/.well-known/keys", () =>
            {
                var keys = new JsonObject
                {
                    ["keys"] = new JsonArray(Jwk(teamsKey, TeamsKeyId, "msteams", "emulator"), Jwk(webchatKey, WebchatKeyId, "webchat")),
                };
                if (rotated)
                {
                    keys["keys"]!.AsArray().Add(Jwk(rotatedKey, RotatedKeyId, "msteams"));
                }

                return Results.Text(keys.ToJsonString(), "application/json");
            });
        });
    }

    public async Task DisposeAsync()
    {
        await server!.DisposeAsync();
        teamsKey.Dispose();
        webchatKey.Dispose();
        rogueKey.Dispose();
        rotatedKey.Dispose();
    }

    /// <summary>Publishes a new signing key, as Microsoft does when it rotates keys.</summary>
    public void RotateKeys() => rotated = true;

    /// <summary>A token as the Bot Connector would send it, with knobs for every forgery.</summary>
    public string CreateToken(
        string serviceUrl,
        string? issuer = Issuer,
        string? audience = AppId,
        DateTime? notBefore = null,
        DateTime? expires = null,
        string keyId = TeamsKeyId,
        bool signWithRogueKey = false)
    {
        var now = DateTime.UtcNow;
        var rsa = signWithRogueKey ? rogueKey : keyId switch
        {
            WebchatKeyId => webchatKey,
            RotatedKeyId => rotatedKey,
            _ => teamsKey,
        };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now.AddMinutes(-1)),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(59),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl), new Claim("appid", "d6d49420-f39b-4df7-a1dc-d59a935871db")]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = keyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token ("alg": "none") with otherwise valid claims.</summary>
    public static string CreateUnsignedToken(string serviceUrl) =>
        Segment(new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = TeamsKeyId })
        + "." + Segment(ValidPayload(serviceUrl)) + ".";

    /// <summary>The classic key-confusion forgery: HS256 "signed" with the issuer's public key as the HMAC secret.</summary>
    public string CreateHmacWithPublicKeyToken(string serviceUrl)
    {
        var signingInput = Segment(new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = TeamsKeyId })
            + "." + Segment(ValidPayload(serviceUrl));
        var secret = Encoding.UTF8.GetBytes(teamsKey.ExportSubjectPublicKeyInfoPem());
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    private static JsonObject ValidPayload(string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = AppId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(59).ToUnixTimeSeconds(),
        };
    }

    private static string Segment(JsonObject json) => Base64UrlEncoder.Encode(json.ToJsonString());

    private static JsonObject Jwk(RSA rsa, string keyId, params string[] endorsements)
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)JsonValue.Create(e))]),
        };
    }
}
