using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace PlanBot.Connector.Auth;

/// <summary>
/// Client-credential tokens for the Bot Connector through MSAL, which caches them and renews them before expiry.
/// SingleTenant asks the bot's own tenant, MultiTenant the "botframework.com" tenant, UserAssignedMSI the managed identity.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly BotConnectorOptions options;
    private readonly Lazy<Func<CancellationToken, Task<AuthenticationResult>>?> acquire;

    public MsalBotTokenProvider(IOptions<BotConnectorOptions> options, IHttpClientFactory httpClientFactory)
    {
        this.options = options.Value;
        acquire = new(() => Build(this.options, new MsalHttpClientFactory(httpClientFactory)));
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (acquire.Value is not { } acquireToken)
        {
            return null;
        }

        var result = await acquireToken(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }

    /// <summary>The authority a token is asked from: the login URL's host with the tenant the app type calls for.</summary>
    public static Uri Authority(BotConnectorOptions options) =>
        options.AppType == BotAppType.SingleTenant
            ? new Uri(options.ToChannelFromBotLoginUrl, "/" + Uri.EscapeDataString(options.MicrosoftAppTenantId!))
            : options.ToChannelFromBotLoginUrl;

    private static Func<CancellationToken, Task<AuthenticationResult>>? Build(BotConnectorOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        if (options.IsLocalMode)
        {
            return null;
        }

        var scope = options.ToChannelFromBotOAuthScope.TrimEnd('/');
        if (options.AppType == BotAppType.UserAssignedMSI)
        {
            var identity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
                .WithHttpClientFactory(httpClientFactory)
                .Build();
            return ct => identity.AcquireTokenForManagedIdentity(scope).ExecuteAsync(ct);
        }

        var application = ConfidentialClientApplicationBuilder
            .Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(Authority(options).AbsoluteUri, options.ValidateAuthority)
            .WithInstanceDiscovery(options.ValidateAuthority)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
        string[] scopes = [scope + "/.default"];
        return ct => application.AcquireTokenForClient(scopes).ExecuteAsync(ct);
    }
}
