using System.IO.Compression;
using PlanBot.Cli;

namespace PlanBot.Tests.Cli;

public sealed class PackageCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("planbot-package-");

    [Fact]
    public async Task Package_ValidIdAndEndpoint_WritesTheZipAndSaysWhere()
    {
        var zip = Path.Combine(_folder.FullName, "app.zip");
        var output = new StringWriter();

        var exitCode = await PlanBotCli.RunAsync(
            ["package", "--app-id", "7B1D2C3E-0F4A-4B5C-8D6E-9F0A1B2C3D4E", "--endpoint", "https://planbot.example.com/api/messages", "--out", zip],
            output,
            new StringWriter());

        Assert.Equal(0, exitCode);
        Assert.Contains(zip, output.ToString(), StringComparison.Ordinal);
        Assert.Contains("planbot.example.com", output.ToString(), StringComparison.Ordinal);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Contains(archive.Entries, e => e.FullName == "manifest.json");
    }

    [Fact]
    public async Task Package_PlainHttpEndpoint_FailsWithAnEnglishReasonAndWritesNothing()
    {
        var zip = Path.Combine(_folder.FullName, "app.zip");
        var error = new StringWriter();

        var exitCode = await PlanBotCli.RunAsync(
            ["package", "--app-id", "7b1d2c3e-0f4a-4b5c-8d6e-9f0a1b2c3d4e", "--endpoint", "http://planbot.example.com/api/messages", "--out", zip],
            new StringWriter(),
            error);

        Assert.Equal(PackageCommand.InvalidRequest, exitCode);
        Assert.Contains("https", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task Package_MissingAppId_IsRejectedByTheParser()
    {
        var error = new StringWriter();

        var exitCode = await PlanBotCli.RunAsync(["package", "--endpoint", "https://planbot.example.com/api/messages"], new StringWriter(), error);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--app-id", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
