namespace PlanBot.Connector.Schema;

/// <summary>The "error" object of a connector error body.</summary>
public sealed record ErrorDetail
{
    public string? Code { get; init; }

    public string? Message { get; init; }
}
