using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace PlanBot.Connector;

/// <summary>
/// The one place that reads who the bot is. Two shapes are accepted: the Bot Framework names at the configuration root
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>), bound
/// directly, and the Microsoft 365 Agents SDK's <c>Connections:ServiceConnection:Settings</c> (<c>AuthType</c>,
/// <c>ClientId</c>, <c>ClientSecret</c>, <c>TenantId</c>, <c>AuthorityEndpoint</c>, <c>Scopes</c>), mapped here onto
/// the same options. Both may be given when they agree; a disagreement is reported rather than resolved silently.
/// </summary>
internal static class BotIdentityConfiguration
{
    public const string AgentsSdkSection = "Connections:ServiceConnection:Settings";

    public const string LocalModeKey = "PlanBot:LocalMode";

    private const string DefaultSuffix = "/.default";

    /// <summary>Fills <paramref name="options"/> from the Agents SDK section and the local-mode switch; problems go to its list.</summary>
    public static void Apply(IConfiguration configuration, IHostEnvironment? environment, BotConnectorOptions options)
    {
        ApplyLocalMode(configuration, environment, options);
        var settings = configuration.GetSection(AgentsSdkSection);
        if (settings.Exists())
        {
            ApplyAgentsSdk(settings, options);
        }
    }

    private static void ApplyLocalMode(IConfiguration configuration, IHostEnvironment? environment, BotConnectorOptions options)
    {
        var value = configuration[LocalModeKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            options.LocalMode = null;
        }
        else if (bool.TryParse(value, out var localMode))
        {
            options.LocalMode = localMode;
        }
        else
        {
            options.ConfigurationProblems.Add($"{LocalModeKey} '{value}' is not true or false.");
        }

        options.LocalModeAllowed = options.LocalMode ?? environment?.IsDevelopment() == true;
    }

    private static void ApplyAgentsSdk(IConfigurationSection settings, BotConnectorOptions options)
    {
        var authType = settings["AuthType"] is { Length: > 0 } given ? given : "ClientSecret";
        string? appType;
        switch (authType.ToUpperInvariant())
        {
            case "CLIENTSECRET":
                appType = null; // decided below from the tenant, as for the Bot Framework names
                if (settings["ClientSecret"] is { Length: > 0 } secret)
                {
                    MergeValue(secret, "ClientSecret", "MicrosoftAppPassword", options.MicrosoftAppPassword, v => options.MicrosoftAppPassword = v, options, StringComparison.Ordinal);
                }

                break;
            case "USERMANAGEDIDENTITY":
                appType = nameof(BotAppType.UserAssignedMSI);
                break;
            case "SYSTEMMANAGEDIDENTITY":
                options.ConfigurationProblems.Add(
                    $"{AgentsSdkSection}:AuthType SystemManagedIdentity is not supported: an Azure Bot takes a user-assigned managed identity (AuthType UserManagedIdentity with its ClientId).");
                return;
            default:
                options.ConfigurationProblems.Add(
                    $"{AgentsSdkSection}:AuthType '{authType}' is not supported by PlanBot: use ClientSecret or UserManagedIdentity.");
                return;
        }

        if (settings["ClientId"] is { Length: > 0 } clientId)
        {
            MergeValue(clientId, "ClientId", "MicrosoftAppId", options.MicrosoftAppId, v => options.MicrosoftAppId = v, options);
        }

        var authority = settings["AuthorityEndpoint"];
        var tenant = settings["TenantId"];
        if (!string.IsNullOrWhiteSpace(authority))
        {
            if (!Uri.TryCreate(authority.Trim(), UriKind.Absolute, out var authorityUri))
            {
                options.ConfigurationProblems.Add($"{AgentsSdkSection}:AuthorityEndpoint '{authority}' is not an absolute URL.");
                return;
            }

            options.ToChannelFromBotLoginUrl = authorityUri;
            var pathTenant = authorityUri.AbsolutePath.Trim('/').Split('/')[0];
            if (string.IsNullOrWhiteSpace(tenant) && pathTenant.Length > 0)
            {
                tenant = pathTenant;
            }
        }

        if (string.Equals(tenant, "botframework.com", StringComparison.OrdinalIgnoreCase))
        {
            // The Bot Framework's own tenant: a multi-tenant registration, whose tokens come from there.
            appType ??= nameof(BotAppType.MultiTenant);
            tenant = null;
        }

        if (!string.IsNullOrWhiteSpace(tenant))
        {
            MergeValue(tenant, "TenantId", "MicrosoftAppTenantId", options.MicrosoftAppTenantId, v => options.MicrosoftAppTenantId = v, options);
        }

        if (appType is not null)
        {
            MergeValue(appType, "AuthType", "MicrosoftAppType", options.MicrosoftAppType, v => options.MicrosoftAppType = v, options);
        }

        var scope = settings.GetSection("Scopes").Get<string[]>()?.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
        if (scope is not null)
        {
            // MSAL asks for "{resource}/.default"; the options keep the resource, as the Bot Framework setting does.
            options.ToChannelFromBotOAuthScope = scope.EndsWith(DefaultSuffix, StringComparison.OrdinalIgnoreCase)
                ? scope[..^DefaultSuffix.Length]
                : scope;
        }
    }

    private static void MergeValue(string value, string key, string botFrameworkName, string? current, Action<string> set, BotConnectorOptions options,
        StringComparison comparison = StringComparison.OrdinalIgnoreCase)
    {
        if (string.IsNullOrWhiteSpace(current))
        {
            set(value);
        }
        else if (!string.Equals(current, value, comparison))
        {
            // Never echo the values: one of them may be a secret.
            options.ConfigurationProblems.Add(
                $"{botFrameworkName} and {AgentsSdkSection}:{key} are both set and differ: configure the bot's identity in one place.");
        }
    }
}
