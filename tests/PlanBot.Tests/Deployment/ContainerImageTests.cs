using System.Formats.Tar;
using System.IO.Compression;
using System.Net.Sockets;
using System.Text.Json;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Deployment;

/// <summary>
/// The container image as the SDK builds it (`dotnet publish /t:PublishContainer`), written to a tarball so no container
/// daemon is needed. The base image comes from mcr.microsoft.com: where that registry cannot be reached, the test is
/// skipped and says so.
/// </summary>
public sealed class ContainerImageTests
{
    private const string Registry = "mcr.microsoft.com";

    [SkippableFact]
    public async Task PublishContainer_ToATarball_NonRootChiseledImageWithThePortAndStore()
    {
        Skip.IfNot(await RegistryReachableAsync() is var problem && problem is null, $"{Registry} cannot be reached from here ({problem}): the base image cannot be pulled, so the image is not built.");
        var folder = Directory.CreateTempSubdirectory("planbot-container-").FullName;
        try
        {
            var archive = Path.Combine(folder, "planbot.tar.gz");
            var (exitCode, output, error) = await ToolProcess.RunAsync(
                "dotnet",
                ["publish", Path.Combine(RepositoryPaths.Root, "src", "PlanBot"), "-c", "Release", "/t:PublishContainer",
                    $"-p:ContainerArchiveOutputPath={archive}", $"-p:PublishDir={Path.Combine(folder, "publish")}/"],
                folder,
                TimeSpan.FromMinutes(10));
            Assert.True(exitCode == 0, output + error);

            var config = await ReadImageConfigAsync(archive);
            var settings = config.GetProperty("config");
            Assert.Equal("app", settings.GetProperty("User").GetString());
            Assert.True(settings.GetProperty("ExposedPorts").TryGetProperty("8080/tcp", out _));
            var environment = settings.GetProperty("Env").EnumerateArray().Select(e => e.GetString()).ToArray();
            Assert.Contains("ConnectionStrings__PlanStore=Data Source=/app/data/planbot.db", environment);
            Assert.Contains(settings.GetProperty("Entrypoint").EnumerateArray(), e => e.GetString() == "/app/PlanBot");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Null when a TLS port of the registry answers within a few seconds, else what went wrong.</summary>
    private static async Task<string?> RegistryReachableAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            using var client = new TcpClient();
            await client.ConnectAsync(Registry, 443, timeout.Token);
            return null;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return e.Message;
        }
    }

    /// <summary>The image's config JSON: the tarball's manifest.json names it.</summary>
    private static async Task<JsonElement> ReadImageConfigAsync(string archive)
    {
        var files = new Dictionary<string, byte[]>();
        var bytes = await File.ReadAllBytesAsync(archive);
        // Plain tar or gzip-compressed, whichever the SDK wrote.
        Stream content = bytes is [0x1f, 0x8b, ..] ? new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress) : new MemoryStream(bytes);
        await using (content)
        {
            using var tar = new TarReader(content);
            while (await tar.GetNextEntryAsync() is { } entry)
            {
                if (entry.DataStream is { } data && entry.Name.EndsWith(".json", StringComparison.Ordinal))
                {
                    using var copy = new MemoryStream();
                    await data.CopyToAsync(copy);
                    files[entry.Name] = copy.ToArray();
                }
            }
        }

        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        var configName = manifest.RootElement[0].GetProperty("Config").GetString()!;
        return JsonDocument.Parse(files[configName]).RootElement.Clone();
    }
}
