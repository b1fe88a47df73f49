namespace PlanBot.Connector.Client;

/// <summary>A request was about to carry the bot's token to a host that is not allowed; it was not sent.</summary>
public sealed class UntrustedServiceUrlException(string reason) : InvalidOperationException($"Refused to call the connector: {reason}.");
