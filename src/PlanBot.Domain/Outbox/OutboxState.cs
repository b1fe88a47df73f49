namespace PlanBot.Domain.Outbox;

/// <summary>Where an outbox message stands.</summary>
public enum OutboxState
{
    /// <summary>Waiting to be sent, or claimed and being sent, or to be retried at its next attempt time.</summary>
    Pending,

    Sent,

    /// <summary>Given up: attempts used up or an error retrying cannot fix.</summary>
    FailedPermanent,
}
