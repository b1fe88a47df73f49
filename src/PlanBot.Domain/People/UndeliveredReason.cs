namespace PlanBot.Domain.People;

/// <summary>Why an owner's reminder card has not reached them, as far as the outbox knows.</summary>
public enum UndeliveredReason
{
    /// <summary>Queued and not tried yet.</summary>
    Waiting,

    /// <summary>Still tried, but the person is in no team PlanBot is installed in and has no 1:1 chat with it.</summary>
    NotFoundInTeams,

    /// <summary>Teams refused or failed the send; it is retried.</summary>
    Retrying,

    /// <summary>Given up: the attempts are used up or retrying cannot help (blocked, removed).</summary>
    GivenUp,
}
