namespace PlanBot.Teams.Proactive;

/// <summary>How one attempt at an outbox message ended: sent, to be retried (after <see cref="RetryAfter"/> if the service said so), or given up.</summary>
public sealed record OutboxSendResult(OutboxSendOutcome Outcome, string? ActivityId, string? Error, TimeSpan? RetryAfter)
{
    public static OutboxSendResult Sent(string? activityId) => new(OutboxSendOutcome.Sent, activityId, null, null);

    public static OutboxSendResult Retry(string error, TimeSpan? retryAfter = null) => new(OutboxSendOutcome.Retry, null, error, retryAfter);

    public static OutboxSendResult GiveUp(string error) => new(OutboxSendOutcome.GiveUp, null, error, null);
}
