namespace PlanBot.Plans;

/// <summary>The plan document imported by default: by <c>import</c> without a file, and at start when the store is empty.</summary>
public sealed class PlanSeedOptions
{
    public const string SectionName = "PlanSeed";

    /// <summary>The seed shipped with the app (seeds/ is copied next to the binaries).</summary>
    public const string DefaultFileName = "kyushu-keizai-action-plan-2024-2026.txt";

    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", DefaultFileName);

    /// <summary>Import <see cref="Path"/> when the host starts on an empty store.</summary>
    public bool ImportWhenStoreEmpty { get; set; } = true;
}
