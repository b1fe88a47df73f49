namespace PlanBot.Hosting;

/// <summary>
/// <c>dotnet run</c> starts PlanBot in the folder the command was given in, so that a verb's relative paths (<c>--out</c>,
/// a roster file) mean what the caller meant, and passes <c>--contentRoot &lt;project folder&gt;</c> first (see
/// PlanBot.csproj), so the settings files and the default store stay in src/PlanBot wherever it is run from.
/// </summary>
internal static class LaunchArguments
{
    public const string ContentRootSwitch = "--contentRoot";

    /// <summary>The leading content root, if given, and the arguments after it.</summary>
    public static (string? ContentRoot, string[] Arguments) Split(string[] args) =>
        args.Length >= 2 && string.Equals(args[0], ContentRootSwitch, StringComparison.OrdinalIgnoreCase)
            ? (args[1], args[2..])
            : (null, args);
}
