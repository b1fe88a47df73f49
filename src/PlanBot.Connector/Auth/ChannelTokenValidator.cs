using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Auth;

/// <summary>
/// Validates the Bot Connector's JWT on an inbound request, in two steps: the token alone (signature against the OpenID
/// metadata keys, issuer, audience = app id, lifetime), then against the activity (serviceurl claim, key endorsement).
/// Reasons are for the log; they never contain the token.
/// </summary>
internal sealed class ChannelTokenValidator
{
    public const string MetadataHttpClientName = "PlanBot.Connector.OpenIdMetadata";
    public const string ServiceUrlClaim = "serviceurl";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotConnectorOptions options;
    private readonly TimeProvider timeProvider;
    private readonly OpenIdKeyCache metadata;
    private readonly JsonWebTokenHandler handler = new();

    public ChannelTokenValidator(IOptions<BotConnectorOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider)
    {
        this.options = options.Value;
        this.timeProvider = timeProvider;
        metadata = new OpenIdKeyCache(
            this.options.ToBotFromChannelOpenIdMetadataUrl,
            new OpenIdDocumentRetriever(httpClientFactory.CreateClient(MetadataHttpClientName)),
            this.options.OpenIdMetadataRefreshInterval,
            timeProvider);
    }

    public async Task<TokenValidationOutcome> ValidateTokenAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return TokenValidationOutcome.Fail("no Authorization header");
        }

        const string scheme = "Bearer ";
        if (!authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            || authorizationHeader.Length == scheme.Length)
        {
            return TokenValidationOutcome.Fail("Authorization header is not a Bearer token");
        }

        var token = authorizationHeader[scheme.Length..].Trim();
        JsonWebToken jwt;
        try
        {
            jwt = handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return TokenValidationOutcome.Fail("bearer token is not a well-formed JWT");
        }

        // Checked before any key is touched: "none" and HMAC with a public key as secret are the classic forgeries.
        if (!AllowedAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return TokenValidationOutcome.Fail($"signing algorithm '{Sanitize(jwt.Alg)}' is not allowed");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return TokenValidationOutcome.Fail("token has no key id");
        }

        var (key, failure) = await FindSigningKeyAsync(jwt.Kid, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return TokenValidationOutcome.Fail(failure!);
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = options.ToBotFromChannelTokenIssuer,
            ValidAudience = options.MicrosoftAppId,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = key,
            TryAllIssuerSigningKeys = false,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = options.ClockSkew,
            LifetimeValidator = IsWithinLifetime,
        };

        var result = await handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            // IdentityModel hides PII in its messages by default, so the message is safe to log.
            return TokenValidationOutcome.Fail($"{result.Exception?.GetType().Name}: {Sanitize(result.Exception?.Message, 400)}");
        }

        return new TokenValidationOutcome(result.ClaimsIdentity, ReadEndorsements(key), null);
    }

    /// <summary>Lifetime against the injected clock (so tests need not wait), with the configured skew.</summary>
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        return expires is { } exp
            && now <= exp.ToUniversalTime() + options.ClockSkew
            && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - options.ClockSkew);
    }

    /// <summary>The checks that need the activity: its serviceUrl must be the token's, its channel endorsed by the key.</summary>
    public static string? CheckActivity(TokenValidationOutcome token, Activity activity)
    {
        var claim = token.Identity?.FindFirst(ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(claim))
        {
            return "token has no serviceurl claim";
        }

        if (!string.Equals(claim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return "serviceurl claim does not match the activity's serviceUrl";
        }

        if (token.Endorsements is { } endorsements
            && !string.IsNullOrEmpty(activity.ChannelId)
            && !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return $"signing key is not endorsed for channel '{Sanitize(activity.ChannelId)}'";
        }

        return null;
    }

    private async Task<(JsonWebKey? Key, string? Failure)> FindSigningKeyAsync(string kid, CancellationToken cancellationToken)
    {
        try
        {
            var config = await metadata.GetAsync(forceRefresh: false, cancellationToken).ConfigureAwait(false);
            var key = FindKey(config, kid);
            if (key is null)
            {
                // Keys rotate: an unknown kid asks for fresh metadata (the cache rate-limits how often).
                config = await metadata.GetAsync(forceRefresh: true, cancellationToken).ConfigureAwait(false);
                key = FindKey(config, kid);
            }

            return key is null ? (null, $"signing key id '{Sanitize(kid)}' is not in the OpenID metadata keys") : (key, null);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or ArgumentException or HttpRequestException)
        {
            return (null, $"OpenID metadata unavailable: {Sanitize(exception.Message, 300)}");
        }
    }

    private static JsonWebKey? FindKey(OpenIdConnectConfiguration config, string kid) =>
        config.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));

    /// <summary>The JWKS lists channels a key may sign for under "endorsements"; null when it lists none.</summary>
    private static List<string>? ReadEndorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return null;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> items => [.. items.Select(i => i?.ToString() ?? string.Empty)],
            _ => [],
        };
    }

    /// <summary>Values from a request go into logs: keep them short and on one line.</summary>
    private static string Sanitize(string? value, int maxLength = 64) =>
        value is null ? string.Empty : new string([.. value.Take(maxLength).Select(c => char.IsControl(c) ? ' ' : c)]);
}
