namespace PlanBot.Teams.Proactive;

/// <summary>The three ends of an attempt at an outbox message.</summary>
public enum OutboxSendOutcome
{
    Sent,

    /// <summary>Worth another attempt later (throttled, the service down, the person not reachable yet).</summary>
    Retry,

    /// <summary>Retrying cannot help (the user blocked PlanBot, the message is malformed, the cycle closed).</summary>
    GiveUp,
}
