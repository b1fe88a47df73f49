namespace PlanBot.Domain.Progress;

/// <summary>The status a person in charge reports for a sub-theme in a quarter. The Japanese words are the users' words.</summary>
public enum ProgressStatus
{
    /// <summary>未着手</summary>
    NotStarted,

    /// <summary>順調</summary>
    OnTrack,

    /// <summary>要注意</summary>
    AtRisk,

    /// <summary>遅延</summary>
    Delayed,

    /// <summary>完了</summary>
    Completed,

    /// <summary>中止</summary>
    Cancelled,
}
