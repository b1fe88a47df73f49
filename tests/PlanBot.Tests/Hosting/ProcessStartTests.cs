using PlanBot.Tests.Support;

namespace PlanBot.Tests.Hosting;

/// <summary>PlanBot as a real process, as an operator starts it: the published entry point, and `dotnet run` from another folder.</summary>
public sealed class ProcessStartTests : IDisposable
{
    private readonly TempPlanStore store = new();

    [Fact]
    public async Task Start_ProductionWithoutIdentity_ExitsWithTheMissingSettingsAndNoStackTrace()
    {
        var (exitCode, output, error) = await RunAsync(
            "dotnet",
            [Path.Combine(AppContext.BaseDirectory, "PlanBot.dll"), "--urls", "http://127.0.0.1:0"],
            store.Folder,
            new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_ENVIRONMENT"] = "Production" });

        Assert.Equal(78, exitCode);
        Assert.Contains("PlanBot cannot start: its configuration is not valid.", error, StringComparison.Ordinal);
        Assert.Contains("No bot identity is configured (MicrosoftAppId is not set)", error, StringComparison.Ordinal);
        Assert.Contains("PlanBot:LocalMode=true", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DotnetRun_PackageWithRelativeOut_WritesWhereTheCommandWasGiven()
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "PlanBot");
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
        var (exitCode, output, error) = await RunAsync(
            "dotnet",
            ["run", "--no-build", "-c", configuration, "--project", project, "--", "package",
                "--app-id", "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "--endpoint", "https://planbot.example.org/api/messages", "--out", "relative.zip"],
            store.Folder,
            []);

        Assert.True(exitCode == 0, error + output);
        Assert.True(File.Exists(Path.Combine(store.Folder, "relative.zip")), output);
        Assert.False(File.Exists(Path.Combine(project, "relative.zip")));
    }

    public void Dispose() => store.Dispose();

    /// <summary>PlanBot's own process with the test's store and nothing of this machine's identity settings.</summary>
    private Task<(int ExitCode, string Output, string Error)> RunAsync(string command, string[] arguments, string workingDirectory, Dictionary<string, string?> environment)
    {
        var variables = new Dictionary<string, string?>
        {
            ["ConnectionStrings__PlanStore"] = store.ConnectionString,
            ["MicrosoftAppId"] = null,
            ["MicrosoftAppPassword"] = null,
            ["MicrosoftAppType"] = null,
            ["MicrosoftAppTenantId"] = null,
            ["PlanBot__LocalMode"] = null,
        };
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        return ToolProcess.RunAsync(command, arguments, workingDirectory, TimeSpan.FromMinutes(2), variables);
    }
}
