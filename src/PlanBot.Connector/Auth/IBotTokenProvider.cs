namespace PlanBot.Connector.Auth;

/// <summary>Gives the bearer token for calls to the Bot Connector; null in local mode, where no token is sent.</summary>
public interface IBotTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
