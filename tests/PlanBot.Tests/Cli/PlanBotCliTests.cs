using PlanBot.Cli;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Cli;

public sealed class PlanBotCliTests
{
    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--urls", "http://localhost:5000" }, false)]
    [InlineData(new[] { "--environment=Development" }, false)]
    [InlineData(new[] { "import" }, true)]
    [InlineData(new[] { "import", "plan.txt" }, true)]
    [InlineData(new[] { "--help" }, true)]
    [InlineData(new[] { "no-such-verb" }, true)]
    public void IsCommandLine_Arguments_TellsCliFromHost(string[] args, bool expected) =>
        Assert.Equal(expected, PlanBotCli.IsCommandLine(args));

    [Fact]
    public async Task RunAsync_UnknownVerb_FailsWithoutTouchingTheStore()
    {
        using var store = new TempPlanStore();
        var output = new StringWriter();
        var error = new StringWriter();

        var exitCode = await PlanBotCli.RunAsync(["no-such-verb"], output, error, b => store.Configure(b.Configuration));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no-such-verb", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(store.DatabasePath));
    }

    [Fact]
    public async Task RunAsync_Help_ListsTheImportVerb()
    {
        var output = new StringWriter();

        var exitCode = await PlanBotCli.RunAsync(["--help"], output, new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.Contains("import", output.ToString(), StringComparison.Ordinal);
    }
}
