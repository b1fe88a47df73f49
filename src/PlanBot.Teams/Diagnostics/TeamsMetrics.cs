using System.Diagnostics.Metrics;
using PlanBot.Domain.Outbox;
using PlanBot.Domain.Reminders;

namespace PlanBot.Teams.Diagnostics;

/// <summary>
/// PlanBot's experience as numbers (meter <c>PlanBot.Teams</c>): reminder-card answers by outcome, outbox deliveries
/// (cards and notices sent, retried, given up), and three gauges read from the store by <see cref="TeamsGaugeSampler"/>:
/// the outbox's depth and the age of its oldest message, and the running reminder cycle's answer rate. Each counting
/// call site is one line, so the feature code stays about its feature.
/// </summary>
public sealed class TeamsMetrics
{
    public const string MeterName = "PlanBot.Teams";

    private readonly Counter<long> answers;
    private readonly Counter<long> deliveries;
    private volatile GaugeReading reading = GaugeReading.None;

    public TeamsMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        answers = meter.CreateCounter<long>(
            "planbot.answers", "{answer}", "Reminder-card submissions, by outcome (recorded, duplicate, invalid, closed, not_on_roster, no_cycle, unreadable).");
        deliveries = meter.CreateCounter<long>(
            "planbot.outbox.deliveries", "{message}", "Outbox sends by message kind and outcome (sent, retry, failed).");
        meter.CreateObservableGauge("planbot.outbox.depth", () => reading.OutboxDepth, "{message}", "Messages waiting in the outbox.");
        meter.CreateObservableGauge("planbot.outbox.oldest_age", () => reading.OldestAgeSeconds, "s", "Age of the oldest message waiting in the outbox.");
        meter.CreateObservableGauge("planbot.reminder.answer_rate", ObserveAnswerRate, "1", "Share of the running cycle's owners who have answered.");
    }

    /// <summary>Outcomes of <see cref="Answer"/>.</summary>
    public static class AnswerOutcomes
    {
        public const string Recorded = "recorded";
        public const string Duplicate = "duplicate";
        public const string Invalid = "invalid";
        public const string Closed = "closed";
        public const string NotOnRoster = "not_on_roster";
        public const string NoCycle = "no_cycle";
        public const string Unreadable = "unreadable";
        public const string NotRecorded = "not_recorded";
    }

    /// <summary>Outcomes of <see cref="Delivery"/>.</summary>
    public static class DeliveryOutcomes
    {
        public const string Sent = "sent";
        public const string Retry = "retry";
        public const string Failed = "failed";
    }

    public void Answer(string outcome) => answers.Add(1, new KeyValuePair<string, object?>("planbot.outcome", outcome));

    public void Delivery(string kind, string outcome) =>
        deliveries.Add(1, new("planbot.message.kind", kind), new("planbot.outcome", outcome));

    /// <summary>Keeps the latest store reading for the gauges (observed when the exporter collects).</summary>
    public void Observe(OutboxBacklog backlog, ReminderCycle? runningCycle, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(backlog);
        var rate = runningCycle is { Recipients.Count: > 0 } cycle
            ? (cycle.Quarter.ToString(), (double)(cycle.Recipients.Count - cycle.UnansweredOwners.Count) / cycle.Recipients.Count)
            : ((string, double)?)null;
        reading = new GaugeReading(
            backlog.Pending,
            backlog.OldestQueuedAt is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0,
            rate);
    }

    private IEnumerable<Measurement<double>> ObserveAnswerRate() =>
        reading.AnswerRate is { } rate ? [new Measurement<double>(rate.Rate, new KeyValuePair<string, object?>("planbot.quarter", rate.Quarter))] : [];

    private sealed record GaugeReading(int OutboxDepth, double OldestAgeSeconds, (string Quarter, double Rate)? AnswerRate)
    {
        public static readonly GaugeReading None = new(0, 0, null);
    }
}
