using System.Diagnostics;

namespace PlanBot.Connector.Diagnostics;

/// <summary>
/// The connector's trace source: one activity's path from <c>/api/messages</c> (receive), through the queue to its turn
/// (the parent context travels with the queued activity), to each call to the Bot Connector. Nothing is recorded unless a
/// tracer listens (OpenTelemetry with <c>AddSource("PlanBot.*")</c>).
/// </summary>
public static class ConnectorTelemetry
{
    public const string Name = "PlanBot.Connector";

    /// <summary>Static, as .NET's guidance has it for an ActivitySource: created once, immutable, listened to by name.</summary>
    public static readonly ActivitySource Source = new(Name);

    internal static Activity? StartReceive(string? activityType) =>
        Source.StartActivity("planbot.activity.receive")?.SetTag("planbot.activity.type", activityType);

    /// <summary>A turn, as a child of <paramref name="parent"/> (the request that accepted it), or of the current activity.</summary>
    internal static Activity? StartTurn(string? activityType, ActivityContext parent) =>
        Source.StartActivity("planbot.turn", ActivityKind.Internal, parent)?.SetTag("planbot.activity.type", activityType);

    internal static Activity? StartConnectorCall(HttpMethod method, Uri serviceUrl) =>
        Source.StartActivity("planbot.connector.call", ActivityKind.Client)
            ?.SetTag("http.request.method", method.Method)
            .SetTag("server.address", serviceUrl.Host);
}
