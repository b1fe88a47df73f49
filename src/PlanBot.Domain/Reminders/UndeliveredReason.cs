namespace PlanBot.Domain.Reminders;

/// <summary>Why an owner's reminder card has not reached them, as far as the outbox knows.</summary>
public enum UndeliveredReason
{
    /// <summary>Queued and not tried yet.</summary>
    Waiting,

    /// <summary>No 1:1 chat could be found or created: the person is in no team PlanBot is installed in. Retried.</summary>
    NotFoundInTeams,

    /// <summary>Teams refused or failed the send; it is retried.</summary>
    Retrying,

    /// <summary>Given up: the attempts are used up or retrying cannot help (blocked, removed).</summary>
    GivenUp,
}
