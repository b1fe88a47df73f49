using PlanBot.Tests.Support;

namespace PlanBot.Tests.ScaleOut;

/// <summary>One host per SQLite file, shown with real processes: a second refuses to start; a killed one leaves no stale lock.</summary>
public sealed class SqliteSingleHostTests
{
    // A host starts in seconds; a machine shared with other builds can take minutes.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task SecondHost_SameSqliteFile_RefusesToStartAndSaysWhyWhileTheFirstRunsOn()
    {
        using var store = new TempPlanStore();
        await using var first = PlanBotProcess.Start(store.Folder, store.Settings);
        await first.WaitUntilHealthyAsync(Patience);

        await using var second = PlanBotProcess.Start(store.Folder, store.Settings);
        var exitCode = await second.WaitForExitAsync(Patience);

        Assert.Equal(3, exitCode);
        Assert.Contains($"The plan store {store.DatabasePath} is already in use by another PlanBot host", second.Output, StringComparison.Ordinal);
        Assert.Contains("PlanStore:Provider=PostgreSql", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Quartz", second.Output, StringComparison.Ordinal);
        await first.WaitUntilHealthyAsync(Patience);
    }

    [Fact]
    public async Task NextHost_AfterTheFirstWasKilled_StartsOnTheSameFile()
    {
        using var store = new TempPlanStore();
        await using (var first = PlanBotProcess.Start(store.Folder, store.Settings))
        {
            await first.WaitUntilHealthyAsync(Patience);
            first.Kill();
        }

        await using var next = PlanBotProcess.Start(store.Folder, store.Settings);
        await next.WaitUntilHealthyAsync(Patience);
        Assert.False(next.HasExited);
    }
}
