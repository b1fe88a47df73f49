namespace PlanBot.FanOut;

/// <summary>
/// Files of the repository the load client reads, found by walking up to PlanBot.sln from the binaries or the working
/// directory, so it runs the same from `dotnet run` and from bin/.
/// </summary>
internal static class RepositoryFiles
{
    public const string SeedPlanFileName = "kyushu-keizai-action-plan-2024-2026.txt";

    public static string SeedPlanPath() => Path.Combine(Root(), "seeds", SeedPlanFileName);

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
