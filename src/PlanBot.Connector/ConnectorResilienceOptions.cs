namespace PlanBot.Connector;

/// <summary>Retries and circuit breaking of outbound connector calls (section BotConnector:Resilience).</summary>
public sealed class ConnectorResilienceOptions
{
    /// <summary>Retries after the first attempt, for 429, 412, 502, 503, 504 and network failures.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay, doubled each retry with jitter. Zero retries at once (tests).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A 429 asking to wait longer than this is not retried here; the caller gets it with its Retry-After.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Retries of a reply sent while handling a turn: immediate, for a 412/502/503/504 only. A reply
    /// that still fails (or a 429) is handed to the outbox instead of holding the activity worker.
    /// </summary>
    public int InlineRetryAttempts { get; set; } = 1;

    /// <summary>Failure ratio within <see cref="CircuitSamplingDuration"/> that opens a host's circuit.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    public int CircuitMinimumThroughput { get; set; } = 10;

    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
