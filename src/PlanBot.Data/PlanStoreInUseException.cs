namespace PlanBot.Data;

/// <summary>The SQLite plan store is held by another PlanBot host; the message says what to do.</summary>
public sealed class PlanStoreInUseException : Exception
{
    /// <summary>The host's exit code when its SQLite store is held by another host.</summary>
    public const int ExitCode = 3;

    public PlanStoreInUseException()
    {
    }

    public PlanStoreInUseException(string message)
        : base(message)
    {
    }

    public PlanStoreInUseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
