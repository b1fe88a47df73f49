namespace PlanBot.Connector;

/// <summary>
/// The bot's identity and cloud. Bound from the configuration root under the names Bot Framework users know
/// (MicrosoftAppId, MicrosoftAppPassword, …), then from the <see cref="SectionName"/> section for PlanBot's own settings.
/// No <see cref="MicrosoftAppId"/> means local mode: no tokens either way, and only loopback callers are accepted.
/// </summary>
public sealed class BotConnectorOptions
{
    public const string SectionName = "BotConnector";

    public static readonly IReadOnlyList<string> DefaultAllowedServiceUrlHosts =
        ["smba.trafficmanager.net", "*.botframework.com", "*.teams.microsoft.com", "*.teams.microsoft.us"];

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>SingleTenant, MultiTenant or UserAssignedMSI; empty means MultiTenant, as in the Bot Framework SDK.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public Uri ToBotFromChannelOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The token authority for MultiTenant bots; SingleTenant bots use its host with their own tenant id.</summary>
    public Uri ToChannelFromBotLoginUrl { get; set; } = new("https://login.microsoftonline.com/botframework.com");

    /// <summary>The resource outbound tokens are for; MSAL asks for "{scope}/.default".</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    /// <summary>Whether MSAL validates the authority (instance discovery). Off only for sovereign or test authorities.</summary>
    public bool ValidateAuthority { get; set; } = true;

    /// <summary>
    /// Hosts outbound calls (which carry the bot's token) may go to, "*." meaning any subdomain.
    /// Empty means <see cref="DefaultAllowedServiceUrlHosts"/>. In local mode only loopback hosts are called, whatever this says.
    /// </summary>
    public IList<string> AllowedServiceUrlHosts { get; } = [];

    /// <summary>Allowed clock difference when checking token lifetimes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long signing keys are kept before the metadata is read again (an unknown key id refreshes sooner).</summary>
    public TimeSpan OpenIdMetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    public ActivityProcessingOptions Processing { get; } = new();

    public ConnectorResilienceOptions Resilience { get; } = new();

    public SendPacingOptions Pacing { get; } = new();

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public IReadOnlyList<string> EffectiveAllowedServiceUrlHosts =>
        AllowedServiceUrlHosts.Count > 0 ? [.. AllowedServiceUrlHosts] : DefaultAllowedServiceUrlHosts;

    /// <summary>The parsed <see cref="MicrosoftAppType"/>; call after validation.</summary>
    public BotAppType AppType =>
        string.IsNullOrWhiteSpace(MicrosoftAppType)
            ? BotAppType.MultiTenant
            : Enum.Parse<BotAppType>(MicrosoftAppType, ignoreCase: true);
}
