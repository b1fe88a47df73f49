namespace PlanBot.Cli;

/// <summary>
/// The folder the user ran the command from, where a verb's output file lands by default and against which a relative
/// path they give is read: the working directory, which <c>dotnet run</c> leaves as the caller's folder
/// (<c>RunWorkingDirectory</c> in PlanBot.csproj). Tests put their own folder in its place.
/// </summary>
internal sealed record CallerDirectory(string Path)
{
    public static CallerDirectory Current() => new(Environment.CurrentDirectory);

    /// <summary>A path as the user meant it: relative ones from the caller's folder.</summary>
    public string Resolve(string path) => System.IO.Path.GetFullPath(path, Path);
}
