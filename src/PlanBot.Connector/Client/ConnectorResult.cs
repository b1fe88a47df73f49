namespace PlanBot.Connector.Client;

/// <summary>The outcome of a connector call that returns nothing: success, or a typed error.</summary>
public record ConnectorResult(ConnectorError? Error)
{
    public bool Succeeded => Error is null;

    public static ConnectorResult Success { get; } = new((ConnectorError?)null);
}
