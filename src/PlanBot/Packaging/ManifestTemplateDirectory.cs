namespace PlanBot.Packaging;

/// <summary>
/// Finds the committed manifest/ folder (manifest.json, its language files and the icons) without depending on the
/// working directory, so <c>dotnet run --project src/PlanBot -- package …</c> works from anywhere.
/// </summary>
public static class ManifestTemplateDirectory
{
    /// <summary>The folder name in the repository (and in the output folder, if a build copies it there).</summary>
    public const string FolderName = "manifest";

    private const string SolutionFileName = "PlanBot.sln";
    private const string ManifestFileName = "manifest.json";

    /// <summary>
    /// Looks, in order, in <c>manifest/</c> beside the running assembly (a published host that ships the template), then in
    /// <c>manifest/</c> of the repository found by walking up from the assembly and then from the working directory to the
    /// folder holding PlanBot.sln.
    /// </summary>
    /// <exception cref="AppPackageException">No folder with a manifest.json was found.</exception>
    public static string Locate()
    {
        var searched = new List<string>();
        foreach (var candidate in Candidates(AppContext.BaseDirectory, Environment.CurrentDirectory))
        {
            searched.Add(candidate);
            if (File.Exists(Path.Combine(candidate, ManifestFileName)))
            {
                return candidate;
            }
        }

        throw new AppPackageException(
            $"Cannot find the Teams app template ({FolderName}/{ManifestFileName}). Looked in: {string.Join(", ", searched.Distinct())}. " +
            $"Run from a clone of the PlanBot repository or ship the {FolderName} folder beside the application.");
    }

    private static IEnumerable<string> Candidates(string baseDirectory, string workingDirectory)
    {
        yield return Path.Combine(baseDirectory, FolderName);
        foreach (var start in new[] { baseDirectory, workingDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
                {
                    yield return Path.Combine(dir.FullName, FolderName);
                    break;
                }
            }
        }
    }
}
