namespace PlanBot.Connector;

/// <summary>
/// The bot's identity and cloud. Bound from the configuration root under the names Bot Framework users know
/// (MicrosoftAppId, MicrosoftAppPassword, …), then from the <see cref="SectionName"/> section for PlanBot's own settings;
/// the Agents SDK's <c>Connections:ServiceConnection:Settings</c> is read as an alternative (<see cref="BotIdentityConfiguration"/>).
/// No <see cref="MicrosoftAppId"/> means local mode: no tokens either way, only loopback callers that came through no
/// proxy are accepted, and only where it was asked for (<see cref="LocalModeAllowed"/>).
/// </summary>
public sealed class BotConnectorOptions
{
    public const string SectionName = "BotConnector";

    public static readonly IReadOnlyList<string> DefaultAllowedServiceUrlHosts =
        ["smba.trafficmanager.net", "*.botframework.com", "*.teams.microsoft.com", "*.teams.microsoft.us"];

    /// <summary>Where Teams' upload URLs for files a user accepted point: the users' OneDrive (SharePoint), per cloud.</summary>
    public static readonly IReadOnlyList<string> DefaultAllowedUploadHosts =
        ["*.sharepoint.com", "*.sharepoint.us", "*.sharepoint-mil.us", "*.sharepoint.cn", "*.sharepoint.de"];

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>
    /// SingleTenant, MultiTenant or UserAssignedMSI. Empty means SingleTenant when <see cref="MicrosoftAppTenantId"/> is
    /// set (what Azure creates); empty with no tenant is refused, since a wrong guess only shows as a 401 much later.
    /// </summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>When the client secret (<see cref="MicrosoftAppPassword"/>) expires, if known: a warning is logged from 30 days before.</summary>
    public DateTimeOffset? ClientSecretExpiresOn { get; set; }

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

    /// <summary>
    /// Hosts a file the user accepted may be uploaded to (no token is sent there), "*." meaning any subdomain. Empty means
    /// <see cref="DefaultAllowedUploadHosts"/>. In local mode only loopback upload URLs are accepted.
    /// </summary>
    public IList<string> AllowedUploadHosts { get; } = [];

    /// <summary>Allowed clock difference when checking token lifetimes.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long signing keys are kept before the metadata is read again (an unknown key id refreshes sooner).</summary>
    public TimeSpan OpenIdMetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    public ActivityProcessingOptions Processing { get; } = new();

    public ConnectorResilienceOptions Resilience { get; } = new();

    public SendPacingOptions Pacing { get; } = new();

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>
    /// <c>PlanBot:LocalMode</c>: true allows running without an identity, false never does, unset allows it in the
    /// Development environment only.
    /// </summary>
    public bool? LocalMode { get; internal set; }

    /// <summary>Whether running without an identity was asked for: <see cref="LocalMode"/>, or the Development environment.</summary>
    public bool LocalModeAllowed { get; internal set; }

    /// <summary>What could not be read from the configuration (set while binding, reported by validation).</summary>
    internal List<string> ConfigurationProblems { get; } = [];

    public IReadOnlyList<string> EffectiveAllowedServiceUrlHosts =>
        AllowedServiceUrlHosts.Count > 0 ? [.. AllowedServiceUrlHosts] : DefaultAllowedServiceUrlHosts;

    public IReadOnlyList<string> EffectiveAllowedUploadHosts =>
        AllowedUploadHosts.Count > 0 ? [.. AllowedUploadHosts] : DefaultAllowedUploadHosts;

    /// <summary>The parsed <see cref="MicrosoftAppType"/>, SingleTenant when only the tenant is given; call after validation.</summary>
    public BotAppType AppType =>
        !string.IsNullOrWhiteSpace(MicrosoftAppType) ? Enum.Parse<BotAppType>(MicrosoftAppType, ignoreCase: true)
        : !string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? BotAppType.SingleTenant
        : throw new InvalidOperationException("MicrosoftAppType is not set and there is no MicrosoftAppTenantId (validation refuses this).");
}
