namespace PlanBot.Cli;

/// <summary>
/// The folder the user ran the command from, where a verb's output file lands by default and against which a relative
/// path they give is read. <c>dotnet run --project src/PlanBot</c> starts the program inside the project's folder but
/// leaves the shell's <c>PWD</c> as it was, so there the shell's folder is taken from <c>PWD</c>; everywhere else
/// (a published build, a shell without <c>PWD</c> such as Windows' cmd or PowerShell) it is the working directory.
/// </summary>
internal sealed record CallerDirectory(string Path)
{
    /// <summary>The project file that marks a working directory as the one <c>dotnet run</c> chose.</summary>
    public const string ProjectFile = "PlanBot.csproj";

    public static CallerDirectory Current() =>
        Of(Environment.GetEnvironmentVariable("PWD"), Environment.CurrentDirectory);

    public static CallerDirectory Of(string? shellDirectory, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(workingDirectory);
        var startedByDotnetRun = File.Exists(System.IO.Path.Combine(workingDirectory, ProjectFile));
        return startedByDotnetRun && shellDirectory is { Length: > 0 } && System.IO.Path.IsPathFullyQualified(shellDirectory) && Directory.Exists(shellDirectory)
            ? new CallerDirectory(shellDirectory)
            : new CallerDirectory(workingDirectory);
    }

    /// <summary>A path as the user meant it: relative ones from the caller's folder.</summary>
    public string Resolve(string path) => System.IO.Path.GetFullPath(path, Path);
}
