namespace PlanBot.Connector.Client;

/// <summary>The outcome of a connector call: its value, or a typed error the caller can act on.</summary>
public sealed record ConnectorResult<T>(T? Value, ConnectorError? Error) : ConnectorResult(Error)
{
    public static ConnectorResult<T> Ok(T value) => new(value, null);

    public static ConnectorResult<T> Fail(ConnectorError error) => new(default, error);
}
