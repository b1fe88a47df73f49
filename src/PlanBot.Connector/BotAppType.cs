namespace PlanBot.Connector;

/// <summary>MicrosoftAppType: how the bot's identity is registered in Entra ID.</summary>
public enum BotAppType
{
    /// <summary>Registered in the bot's own tenant (the default for new bots since 2025).</summary>
    SingleTenant,

    /// <summary>Registered multi-tenant; tokens come from the "botframework.com" tenant (creation deprecated in 2025).</summary>
    MultiTenant,

    /// <summary>A user-assigned managed identity; no password.</summary>
    UserAssignedMSI,
}
