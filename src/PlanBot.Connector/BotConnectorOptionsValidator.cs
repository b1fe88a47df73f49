using Microsoft.Extensions.Options;

namespace PlanBot.Connector;

/// <summary>Refuses to start with an identity or cloud configuration that could not work or would be unsafe.</summary>
internal sealed class BotConnectorOptionsValidator : IValidateOptions<BotConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, BotConnectorOptions options)
    {
        var failures = new List<string>();
        ValidateIdentity(options, failures);
        ValidateCloud(options, failures);
        ValidateLimits(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateIdentity(BotConnectorOptions options, List<string> failures)
    {
        failures.AddRange(options.ConfigurationProblems);
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppType)
            && !Enum.TryParse<BotAppType>(options.MicrosoftAppType, ignoreCase: true, out _))
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of SingleTenant, MultiTenant, UserAssignedMSI.");
            return;
        }

        if (options.IsLocalMode)
        {
            if (!options.LocalModeAllowed)
            {
                failures.Add(MissingIdentity(options));
            }

            return;
        }

        if (options.LocalMode == true)
        {
            failures.Add($"{BotIdentityConfiguration.LocalModeKey} is true but MicrosoftAppId is set: local mode means no authentication. Remove one of the two.");
            return;
        }

        var hasPassword = !string.IsNullOrEmpty(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppType) && !hasTenant)
        {
            failures.Add(
                "MicrosoftAppType is not set and there is no MicrosoftAppTenantId, so PlanBot cannot tell how to get tokens. Set " +
                "MicrosoftAppTenantId (a SingleTenant bot, what Azure creates), or MicrosoftAppType=UserAssignedMSI (a managed identity), " +
                "or MicrosoftAppType=MultiTenant (bots registered before July 2025).");
            return;
        }

        switch (options.AppType)
        {
            case BotAppType.SingleTenant when !hasPassword || !hasTenant:
                failures.Add($"MicrosoftAppType SingleTenant needs {Missing((!hasPassword, "MicrosoftAppPassword"), (!hasTenant, "MicrosoftAppTenantId"))}.");
                break;
            case BotAppType.MultiTenant when !hasPassword:
                failures.Add("MicrosoftAppType MultiTenant needs MicrosoftAppPassword.");
                break;
            case BotAppType.UserAssignedMSI when hasPassword:
                // A managed identity needs only its client id (MicrosoftAppId); a password means something else was meant.
                failures.Add("MicrosoftAppType UserAssignedMSI must not have MicrosoftAppPassword: the managed identity's client id (MicrosoftAppId) is all it needs.");
                break;
        }
    }

    private static string MissingIdentity(BotConnectorOptions options) =>
        "No bot identity is configured (MicrosoftAppId is not set). Set MicrosoftAppId with MicrosoftAppTenantId and " +
        "MicrosoftAppPassword (SingleTenant), or MicrosoftAppId with MicrosoftAppType=UserAssignedMSI (managed identity), or " +
        $"the Agents SDK's {BotIdentityConfiguration.AgentsSdkSection}; see docs/deploy.md. " +
        (options.LocalMode == false
            ? $"Local mode (no authentication) is switched off by {BotIdentityConfiguration.LocalModeKey}=false."
            : $"To run without authentication on this machine only, use the Development environment or set {BotIdentityConfiguration.LocalModeKey}=true.");

    private static string Missing(params (bool IsMissing, string Name)[] settings) =>
        string.Join(" and ", settings.Where(s => s.IsMissing).Select(s => s.Name));

    private static void ValidateCloud(BotConnectorOptions options, List<string> failures)
    {
        if (!LoopbackAddresses.IsSecureOrLoopback(options.ToBotFromChannelOpenIdMetadataUrl))
        {
            failures.Add("ToBotFromChannelOpenIdMetadataUrl must be an absolute https URL (http only on loopback).");
        }

        if (!options.ToChannelFromBotLoginUrl.IsAbsoluteUri || options.ToChannelFromBotLoginUrl.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("ToChannelFromBotLoginUrl must be an absolute https URL.");
        }

        if (string.IsNullOrWhiteSpace(options.ToBotFromChannelTokenIssuer))
        {
            failures.Add("ToBotFromChannelTokenIssuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.ToChannelFromBotOAuthScope))
        {
            failures.Add("ToChannelFromBotOAuthScope must not be empty.");
        }

        failures.AddRange(options.AllowedServiceUrlHosts
            .Where(pattern => !ServiceUrlHostPolicy.IsValidPattern(pattern))
            .Select(pattern => $"BotConnector:AllowedServiceUrlHosts entry '{pattern}' is not a host or *.domain pattern."));
        failures.AddRange(options.AllowedUploadHosts
            .Where(pattern => !ServiceUrlHostPolicy.IsValidPattern(pattern))
            .Select(pattern => $"BotConnector:AllowedUploadHosts entry '{pattern}' is not a host or *.domain pattern."));
    }

    private static void ValidateLimits(BotConnectorOptions options, List<string> failures)
    {
        var processing = options.Processing;
        var resilience = options.Resilience;
        AddIf(options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(10), "ClockSkew must be between 0 and 10 minutes.");
        AddIf(options.OpenIdMetadataRefreshInterval < TimeSpan.FromMinutes(1), "OpenIdMetadataRefreshInterval must be at least 1 minute.");
        AddIf(processing.MaxRequestBodyBytes <= 0, "Processing:MaxRequestBodyBytes must be positive.");
        AddIf(processing.QueueCapacity <= 0, "Processing:QueueCapacity must be positive.");
        AddIf(processing.WorkerCount <= 0, "Processing:WorkerCount must be positive.");
        AddIf(processing.ActivityTimeout <= TimeSpan.Zero, "Processing:ActivityTimeout must be positive.");
        AddIf(processing.InvokeTimeout <= TimeSpan.Zero, "Processing:InvokeTimeout must be positive.");
        AddIf(processing.ReplyTimeout <= TimeSpan.Zero, "Processing:ReplyTimeout must be positive.");
        AddIf(processing.DeduplicationWindow <= TimeSpan.Zero, "Processing:DeduplicationWindow must be positive.");
        AddIf(processing.DeduplicationCapacity <= 0, "Processing:DeduplicationCapacity must be positive.");
        AddIf(resilience.MaxRetryAttempts is < 0 or > 10, "Resilience:MaxRetryAttempts must be between 0 and 10.");
        AddIf(resilience.InlineRetryAttempts is < 0 or > 3, "Resilience:InlineRetryAttempts must be between 0 and 3.");
        AddIf(resilience.BaseDelay < TimeSpan.Zero || resilience.MaxDelay < resilience.BaseDelay, "Resilience:BaseDelay must be >= 0 and <= MaxDelay.");
        AddIf(resilience.MaxRetryAfter < TimeSpan.Zero, "Resilience:MaxRetryAfter must not be negative.");
        AddIf(resilience.AttemptTimeout < TimeSpan.FromMilliseconds(10), "Resilience:AttemptTimeout must be at least 10 ms.");
        AddIf(resilience.CircuitFailureRatio is <= 0 or > 1, "Resilience:CircuitFailureRatio must be in (0, 1].");
        AddIf(resilience.CircuitMinimumThroughput < 2, "Resilience:CircuitMinimumThroughput must be at least 2.");
        AddIf(resilience.CircuitSamplingDuration < TimeSpan.FromMilliseconds(500), "Resilience:CircuitSamplingDuration must be at least 0.5 s.");
        AddIf(resilience.CircuitBreakDuration < TimeSpan.FromMilliseconds(500), "Resilience:CircuitBreakDuration must be at least 0.5 s.");
        var pacing = options.Pacing;
        AddIf(
            pacing.ConversationBurstLimit <= 0 || pacing.ConversationSustainedLimit <= 0 || pacing.AppLimit <= 0,
            "Pacing limits must be positive.");
        AddIf(
            pacing.ConversationBurstWindow <= TimeSpan.Zero || pacing.ConversationSustainedWindow <= TimeSpan.Zero || pacing.AppWindow <= TimeSpan.Zero,
            "Pacing windows must be positive.");

        void AddIf(bool condition, string failure)
        {
            if (condition)
            {
                failures.Add(failure);
            }
        }
    }
}
