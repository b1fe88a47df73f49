namespace PlanBot.Domain;

/// <summary>
/// The store could not carry out a write (disk full, read-only, I/O error): nothing of it was stored. A store throws it
/// in place of the provider's own exception, so callers can tell the user without knowing the database.
/// </summary>
public sealed class StoreWriteException : Exception
{
    public StoreWriteException()
    {
    }

    public StoreWriteException(string message)
        : base(message)
    {
    }

    public StoreWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
