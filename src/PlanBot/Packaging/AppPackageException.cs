namespace PlanBot.Packaging;

/// <summary>
/// The package cannot be built from what was given (a bad app id or endpoint, a missing or broken template).
/// The message is English and meant to be printed as is by the CLI; nothing is written when it is thrown.
/// </summary>
public sealed class AppPackageException : Exception
{
    public AppPackageException(string message)
        : base(message)
    {
    }

    public AppPackageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
