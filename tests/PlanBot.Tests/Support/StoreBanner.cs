namespace PlanBot.Tests.Support;

/// <summary>The "Plan store: …" line every store verb writes to stderr first; tests check it and read the rest.</summary>
internal static class StoreBanner
{
    /// <summary>Asserts that <paramref name="error"/> opens with the banner naming <paramref name="store"/>, and returns what follows it.</summary>
    public static string Strip(string error, TempPlanStore store)
    {
        var expected = $"Plan store: SQLite {store.DatabasePath} (from ConnectionStrings:PlanStore).";
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        return error[expected.Length..].TrimStart('\r', '\n');
    }
}
