namespace PlanBot.Tests.EndToEnd;

/// <summary>Finds the repository (the folder holding PlanBot.sln) from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PlanBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
