namespace PlanBot.Tests.Support;

/// <summary>The seed plan copied next to the app's binaries (and so next to the tests').</summary>
internal static class SeedFile
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", "kyushu-keizai-action-plan-2024-2026.txt");

    public static string Text => File.ReadAllText(Path);
}
