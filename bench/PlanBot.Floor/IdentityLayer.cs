using System.Security.Cryptography;
using Microsoft.Identity.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PlanBot.Floor;

/// <summary>
/// The bot's identity as PlanBot's connector uses it, without the network: an RSA key published as a JWKS document and
/// read back as the signing keys (PlanBot reads the channel's OpenID keys), a token signed with it, validated per request
/// by a <see cref="JsonWebTokenHandler"/> with the checks PlanBot's ChannelTokenValidator makes (algorithm, key id,
/// issuer, audience, lifetime, signature); and an MSAL confidential client built as PlanBot's token provider builds it
/// (client secret, authority not validated, its HttpClient from the factory). No token is acquired: that needs Entra.
/// </summary>
internal sealed class IdentityLayer : ILayer
{
    private const string Issuer = "https://api.botframework.com";
    private const string Audience = "00000000-0000-0000-0000-000000000001";
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();
    private readonly JsonWebKeySet _keys;
    private readonly string _token;

    private IdentityLayer()
    {
        using var rsa = RSA.Create(2048);
        var signing = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)) { KeyId = "floor-key" };
        var published = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: false)) { KeyId = "floor-key" });
        _keys = new JsonWebKeySet($"{{\"keys\":[{System.Text.Json.JsonSerializer.Serialize(new { kty = published.Kty, kid = published.Kid, n = published.N, e = published.E, use = "sig" })}]}}");
        _token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Expires = DateTime.UtcNow.AddDays(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = "http://127.0.0.1/" },
            SigningCredentials = new SigningCredentials(signing, SecurityAlgorithms.RsaSha256),
        });
    }

    public IConfidentialClientApplication? Msal { get; private set; }

    public static ILayer Add(IServiceCollection services)
    {
        services.AddHttpClient("msal");
        var layer = new IdentityLayer();
        services.AddSingleton(layer);
        return layer;
    }

    public Task AfterStartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        Msal = ConfidentialClientApplicationBuilder
            .Create(Audience)
            .WithClientSecret("not-a-secret")
            .WithAuthority("https://login.microsoftonline.com/botframework.com", validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClients(services.GetRequiredService<IHttpClientFactory>()))
            .Build();
        return Task.CompletedTask;
    }

    public async Task OnTurnAsync(IServiceProvider services, Turn turn, CancellationToken cancellationToken)
    {
        var jwt = _handler.ReadJsonWebToken(_token);
        if (!AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            throw new InvalidOperationException("algorithm not allowed");
        }

        var key = _keys.GetSigningKeys().Single(k => k.KeyId == jwt.Kid);
        var result = await _handler.ValidateTokenAsync(_token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = TimeSpan.FromMinutes(5),
        });
        if (!result.IsValid || result.ClaimsIdentity.FindFirst("serviceurl") is null)
        {
            throw new InvalidOperationException($"token refused: {result.Exception?.Message}");
        }
    }

    private sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient("msal");
    }
}
