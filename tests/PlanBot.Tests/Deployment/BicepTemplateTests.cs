using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Deployment;

/// <summary>
/// deploy/azure/main.bicep compiled and linted by Bicep's own CLI, which comes from NuGet (Azure.Bicep.CommandLine.linux-x64),
/// so CI needs no download: any error or linter warning fails the test, and a broken template is shown to fail.
/// </summary>
public sealed class BicepTemplateTests
{
    private static readonly string Template = Path.Combine(RepositoryPaths.Root, "deploy", "azure", "main.bicep");

    [SkippableFact]
    public async Task Template_BuildsAndLintsWithoutAWarning()
    {
        var bicep = BicepOrSkip();
        var output = Path.Combine(Path.GetTempPath(), $"planbot-bicep-{Guid.NewGuid():N}.json");
        try
        {
            var build = await RunAsync(bicep, "build", Template, "--outfile", output);
            var lint = await RunAsync(bicep, "lint", Template);

            Assert.True(build.ExitCode == 0 && build.Error.Trim().Length == 0, build.Error);
            Assert.True(lint.ExitCode == 0 && lint.Error.Trim().Length == 0 && lint.Output.Trim().Length == 0, lint.Output + lint.Error);
            using var arm = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var types = arm.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("type").GetString()).ToHashSet();
            Assert.Superset(
                new HashSet<string?>
                {
                    "Microsoft.BotService/botServices", "Microsoft.BotService/botServices/channels", "Microsoft.KeyVault/vaults",
                    "Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.Web/sites", "Microsoft.App/containerApps",
                    "Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.Storage/storageAccounts/fileServices/shares",
                },
                types);
            var text = arm.RootElement.GetRawText();
            Assert.Contains("/healthz/ready", text, StringComparison.Ordinal);
            Assert.Contains("@Microsoft.KeyVault(SecretUri=", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(output);
        }
    }

    [SkippableFact]
    public async Task Linter_BrokenTemplate_Fails()
    {
        var bicep = BicepOrSkip();
        var broken = Path.Combine(Path.GetTempPath(), $"planbot-broken-{Guid.NewGuid():N}.bicep");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(Template)).Replace("healthCheckPath:", "healthCheckPathh:", StringComparison.Ordinal));
        try
        {
            var lint = await RunAsync(bicep, "lint", broken);

            Assert.Contains("healthCheckPathh", lint.Output + lint.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static string BicepOrSkip()
    {
        var path = typeof(BicepTemplateTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;
        Skip.IfNot(
            RuntimeInformation.IsOSPlatform(OSPlatform.Linux) && RuntimeInformation.OSArchitecture == Architecture.X64,
            "The Bicep CLI package the tests restore is the Linux x64 one.");
        Skip.IfNot(File.Exists(path), $"The Bicep CLI was not restored at {path}.");
        return path;
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(string bicep, params string[] arguments) =>
        // No telemetry, no update check: the CLI works offline.
        ToolProcess.RunAsync(bicep, arguments, RepositoryPaths.Root, TimeSpan.FromMinutes(3), new Dictionary<string, string?> { ["BICEP_TELEMETRY_ENABLED"] = "false" });
}
