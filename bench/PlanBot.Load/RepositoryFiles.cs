namespace PlanBot.Load;

/// <summary>Files of the repository the load client reads or runs, found by walking up to PlanBot.sln.</summary>
internal static class RepositoryFiles
{
    public static string SeedPlanPath() => Path.Combine(Root(), "seeds", "kyushu-keizai-action-plan-2024-2026.txt");

    /// <summary>A project's built entry assembly (built with the load client, as its project references).</summary>
    public static string Binary(string projectFolder, string assembly, string configuration)
    {
        var path = Path.Combine(Root(), projectFolder, "bin", configuration, "net10.0", assembly);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is not built: run the load client with dotnet run -c {configuration}.", path);
    }

    private static string Root()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PlanBot.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"PlanBot.sln not found above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");
    }
}
