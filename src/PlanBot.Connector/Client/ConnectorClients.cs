namespace PlanBot.Connector.Client;

/// <summary>Keys of the connector clients registered besides the default <see cref="IConnectorClient"/>.</summary>
public static class ConnectorClients
{
    /// <summary>
    /// The client that retries at once or not at all and never waits (a 429 comes back with its Retry-After): for a caller
    /// with its own backoff, such as an outbox, or a turn that must not hold a worker.
    /// Resolve it with <c>[FromKeyedServices(ConnectorClients.NoWait)] IConnectorClient</c>.
    /// </summary>
    public const string NoWait = "PlanBot.Connector.NoWait";
}
