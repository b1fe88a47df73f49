namespace PlanBot.Packaging;

/// <summary>
/// What the <c>package</c> verb asks for: the bot's Microsoft App ID (a GUID), the public messaging endpoint the Azure Bot
/// resource calls (its host becomes the app's domain), and where to write the zip. Values arrive as typed by the operator;
/// <see cref="AppPackageBuilder"/> validates them and says what is wrong in English.
/// </summary>
public sealed record AppPackageRequest(string AppId, string Endpoint, string OutputFile)
{
    /// <summary>The file name the CLI uses when <c>--out</c> is not given (relative to the working directory).</summary>
    public const string DefaultOutputFile = "planbot-teams-app.zip";
}
