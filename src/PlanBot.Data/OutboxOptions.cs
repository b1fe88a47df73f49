namespace PlanBot.Data;

/// <summary>How the outbox retries (section <c>Outbox</c>): exponential backoff from <see cref="FirstRetryDelay"/> up to <see cref="MaxRetryDelay"/>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>The wait after the first failed attempt; each further failure doubles it.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Attempts (claims) before a message is given up.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a claimed message is held for its sender; one that crashed lets it come due again after this.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long the instance that sends the outbox holds that role without renewing it (each pass renews it). When
    /// several instances share the store, one sends and the others take over this long after it stops.
    /// </summary>
    public TimeSpan SenderLease { get; set; } = TimeSpan.FromSeconds(30);
}
