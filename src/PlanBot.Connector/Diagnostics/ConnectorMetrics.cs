using System.Diagnostics.Metrics;

namespace PlanBot.Connector.Diagnostics;

/// <summary>
/// The connector's meter (<c>PlanBot.Connector</c>): activities received by type and what became of them, Teams' 429s,
/// and the Retry-After waits honoured before retrying. Created through <see cref="IMeterFactory"/>, so each host (and
/// each test host) has its own.
/// </summary>
public sealed class ConnectorMetrics
{
    public const string MeterName = "PlanBot.Connector";

    private readonly Counter<long> activitiesReceived;
    private readonly Counter<long> throttled;
    private readonly Histogram<double> retryAfterWaits;

    public ConnectorMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        activitiesReceived = meter.CreateCounter<long>(
            "planbot.activities.received", "{activity}", "Activities posted to /api/messages, by type and outcome (accepted, duplicate, refused).");
        throttled = meter.CreateCounter<long>(
            "planbot.connector.throttled", "{response}", "429 Too Many Requests answers from the Bot Connector.");
        retryAfterWaits = meter.CreateHistogram<double>(
            "planbot.connector.retry_after", "s", "How long a call waited before retrying a 429, as Retry-After asked (or backoff when it did not).");
    }

    /// <summary>Outcomes of <see cref="ActivityReceived"/>.</summary>
    public static class Outcomes
    {
        public const string Accepted = "accepted";
        public const string Duplicate = "duplicate";
        public const string Refused = "refused";
    }

    public void ActivityReceived(string? activityType, string outcome) =>
        activitiesReceived.Add(1, new("planbot.activity.type", activityType ?? "unknown"), new("planbot.outcome", outcome));

    public void Throttled(string host) => throttled.Add(1, new KeyValuePair<string, object?>("server.address", host));

    public void RetryAfterWaited(TimeSpan wait, string host) =>
        retryAfterWaits.Record(wait.TotalSeconds, new KeyValuePair<string, object?>("server.address", host));
}
