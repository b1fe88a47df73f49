namespace PlanBot.Tests.Support;

/// <summary>Finds the repository (the folder holding PlanBot.sln) from the test's output folder, whatever the working directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ManifestDirectory => Path.Combine(Root, "manifest");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PlanBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No PlanBot.sln above {AppContext.BaseDirectory}.");
    }
}
