namespace PlanBot.Benchmarks;

/// <summary>
/// Files of the repository the benchmarks read. BenchmarkDotNet runs each benchmark from a generated project deep under
/// bin/, so the repository is found by walking up to PlanBot.sln rather than from the working directory.
/// </summary>
internal static class RepositoryFiles
{
    public const string SeedPlanFileName = "kyushu-keizai-action-plan-2024-2026.txt";

    public static string SeedPlanText() => File.ReadAllText(Path.Combine(Root(), "seeds", SeedPlanFileName));

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
