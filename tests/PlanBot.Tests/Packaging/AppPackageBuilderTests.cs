using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using PlanBot.Packaging;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Chat;
using PlanBot.Teams.Help;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Packaging;

public sealed class AppPackageBuilderTests(TeamsManifestSchemaFixture schema) : IClassFixture<TeamsManifestSchemaFixture>, IDisposable
{
    private const string AppId = "8f6a1c2e-3b4d-4e5f-9a0b-1c2d3e4f5a6b";
    private const string Endpoint = "https://planbot.kyushu-keizai.example/api/messages";

    private readonly string _folder = Directory.CreateTempSubdirectory("planbot-package-").FullName;
    private readonly AppPackageBuilder _builder = new(RepositoryPaths.ManifestDirectory);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Out(string name = "app.zip") => Path.Combine(_folder, name);

    private static Dictionary<string, byte[]> ReadZip(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    [Fact]
    public async Task BuildAsync_ValidRequest_WritesManifestLanguageFileAndIconsAtRoot()
    {
        var package = await _builder.BuildAsync(new AppPackageRequest(AppId, Endpoint, Out()), CancellationToken.None);

        var entries = ReadZip(Out());
        Assert.Equal(["color.png", "en-us.json", "manifest.json", "outline.png"], entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(entries.Keys.Order(StringComparer.Ordinal), package.Entries.Order(StringComparer.Ordinal));
        Assert.Equal(Out(), package.OutputFile);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.ManifestDirectory, "color.png")), entries["color.png"]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepositoryPaths.ManifestDirectory, "outline.png")), entries["outline.png"]);
        Assert.Equal((192, 192), (PngImage.Decode(entries["color.png"]).Width, PngImage.Decode(entries["color.png"]).Height));
        Assert.Equal((32, 32), (PngImage.Decode(entries["outline.png"]).Width, PngImage.Decode(entries["outline.png"]).Height));
    }

    [Fact]
    public async Task BuildAsync_ValidRequest_FillsAppIdAndDomain()
    {
        var package = await _builder.BuildAsync(new AppPackageRequest(AppId.ToUpperInvariant(), Endpoint, Out()), CancellationToken.None);

        var entries = ReadZip(Out());
        var manifest = JsonNode.Parse(entries["manifest.json"])!;
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(["planbot.kyushu-keizai.example"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("https://planbot.kyushu-keizai.example/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("planbot.kyushu-keizai.example", package.Domain);
        Assert.Equal("ヘルプ", (string?)manifest["bots"]![0]!["commandLists"]![0]!["commands"]![0]!["title"]);
        foreach (var text in new[] { entries["manifest.json"], entries["en-us.json"] }.Select(Encoding.UTF8.GetString))
        {
            Assert.DoesNotContain("planbot.invalid", text, StringComparison.Ordinal);
            Assert.DoesNotContain("00000000-0000-0000-0000-000000000000", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BuildAsync_CommandLists_AreTheCommandTableByScope()
    {
        await _builder.BuildAsync(new AppPackageRequest(AppId, Endpoint, Out()), CancellationToken.None);

        var lists = JsonNode.Parse(ReadZip(Out())["manifest.json"])!["bots"]![0]!["commandLists"]!.AsArray()
            .ToDictionary(l => l!["scopes"]!.AsArray().Single()!.GetValue<string>(), l => l!["commands"]!.AsArray().Select(c => (string)c!["title"]!).ToList());
        Assert.Equal(["personal", "team", "groupChat"], lists.Keys);
        foreach (var (scope, manifestName) in ChatScopesExtensions.ManifestNames)
        {
            Assert.Equal(ChatCommands.All.Where(c => c.Scopes.HasFlag(scope)).Select(c => c.Name), lists[manifestName]);
            Assert.InRange(lists[manifestName].Count, 1, ManifestCommandLists.MaxCommandsPerList);
        }

        Assert.Contains("ダイジェストをここに投稿", lists["team"]);
        Assert.DoesNotContain("ダイジェストをここに投稿", lists["personal"]);
    }

    [Fact]
    public async Task BuildAsync_CommandMenus_SayWhatTheHelpCardSays()
    {
        await _builder.BuildAsync(new AppPackageRequest(AppId, Endpoint, Out()), CancellationToken.None);

        var menu = JsonNode.Parse(ReadZip(Out())["manifest.json"])!["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(l => l!["commands"]!.AsArray())
            .Select(c => ((string)c!["title"]!, (string)c!["description"]!))
            .Distinct()
            .ToList();
        var help = JsonNode.Parse(AdaptiveCardSerializer.Serialize(HelpCard.Build(showAdminCommands: true)))!["body"]!.AsArray()
            .Where(e => (string?)e!["type"] == "FactSet")
            .SelectMany(f => f!["facts"]!.AsArray())
            .Select(f => ((string)f!["title"]!, (string)f!["value"]!))
            .ToList();

        Assert.Equal(help.Order(), menu.Order());
    }

    [Fact]
    public async Task BuildAsync_EnglishFile_DescribesEveryListedCommand()
    {
        await _builder.BuildAsync(new AppPackageRequest(AppId, Endpoint, Out()), CancellationToken.None);

        var entries = ReadZip(Out());
        var lists = JsonNode.Parse(entries["manifest.json"])!["bots"]![0]!["commandLists"]!.AsArray();
        var english = JsonNode.Parse(entries["en-us.json"])!.AsObject();
        var commandKeys = english.Where(p => p.Key.StartsWith("bots[0].commandLists", StringComparison.Ordinal)).ToList();
        Assert.Equal(lists.Sum(l => l!["commands"]!.AsArray().Count), commandKeys.Count);
        for (var list = 0; list < lists.Count; list++)
        {
            var commands = lists[list]!["commands"]!.AsArray();
            for (var command = 0; command < commands.Count; command++)
            {
                var row = ChatCommands.All.Single(c => c.Name == (string)commands[command]!["title"]!);
                Assert.Equal(row.HelpInEnglish, (string?)english[$"bots[0].commandLists[{list}].commands[{command}].description"]);
            }
        }
    }

    [SkippableFact]
    public async Task BuildAsync_BuiltManifest_IsValidAgainstSchema()
    {
        Skip.If(schema.Schema is null, schema.Source);

        await _builder.BuildAsync(new AppPackageRequest(AppId, Endpoint, Out()), CancellationToken.None);

        Assert.Empty(schema.Validate(JsonNode.Parse(ReadZip(Out())["manifest.json"])!));
    }

    [Fact]
    public async Task BuildAsync_HttpLocalhost_IsAcceptedWithLocalhostDomain()
    {
        await _builder.BuildAsync(new AppPackageRequest(AppId, "http://localhost:3978/api/messages", Out()), CancellationToken.None);

        var manifest = JsonNode.Parse(ReadZip(Out())["manifest.json"])!;
        Assert.Equal(["localhost"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal("http://localhost:3978/terms", (string?)manifest["developer"]!["termsOfUseUrl"]);
    }

    [Fact]
    public async Task BuildAsync_SameInputs_WritesSameBytes()
    {
        await _builder.BuildAsync(new AppPackageRequest(AppId, Endpoint, Out("a.zip")), CancellationToken.None);
        await _builder.BuildAsync(new AppPackageRequest(AppId, Endpoint, Out("b.zip")), CancellationToken.None);

        Assert.Equal(File.ReadAllBytes(Out("a.zip")), File.ReadAllBytes(Out("b.zip")));
    }

    [Theory]
    [InlineData("my-bot", "is not a GUID")]
    [InlineData("", "is not a GUID")]
    [InlineData("{8f6a1c2e-3b4d-4e5f-9a0b-1c2d3e4f5a6b}", "is not a GUID")]
    [InlineData("00000000-0000-0000-0000-000000000000", "placeholder")]
    public async Task BuildAsync_BadAppId_ThrowsClearError(string appId, string expected)
    {
        var error = await Assert.ThrowsAsync<AppPackageException>(
            () => _builder.BuildAsync(new AppPackageRequest(appId, Endpoint, Out()), CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("Microsoft App ID", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Out()));
    }

    [Theory]
    [InlineData("http://planbot.example.org/api/messages", "uses http")]
    [InlineData("planbot.example.org/api/messages", "not an absolute https URL")]
    [InlineData("ftp://planbot.example.org/api/messages", "not an absolute https URL")]
    [InlineData("https://user:secret@planbot.example.org/api/messages", "user name or password")]
    [InlineData("https://203.0.113.7/api/messages", "no usable domain name")]
    [InlineData("https://planbot.invalid/api/messages", "no usable domain name")]
    public async Task BuildAsync_BadEndpoint_ThrowsClearError(string endpoint, string expected)
    {
        var error = await Assert.ThrowsAsync<AppPackageException>(
            () => _builder.BuildAsync(new AppPackageRequest(AppId, endpoint, Out()), CancellationToken.None));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Out()));
    }

    [Fact]
    public async Task BuildAsync_BadInput_LeavesExistingPackageUntouched()
    {
        await File.WriteAllTextAsync(Out(), "previous package");

        await Assert.ThrowsAsync<AppPackageException>(
            () => _builder.BuildAsync(new AppPackageRequest(AppId, "http://planbot.example.org/api/messages", Out()), CancellationToken.None));

        Assert.Equal("previous package", await File.ReadAllTextAsync(Out()));
        Assert.Equal([Out()], Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task BuildAsync_TemplateWithoutIcon_ThrowsAndWritesNothing()
    {
        var template = Directory.CreateDirectory(Path.Combine(_folder, "template")).FullName;
        foreach (var file in new[] { "manifest.json", "en-us.json", "color.png" })
        {
            File.Copy(Path.Combine(RepositoryPaths.ManifestDirectory, file), Path.Combine(template, file));
        }

        var error = await Assert.ThrowsAsync<AppPackageException>(
            () => new AppPackageBuilder(template).BuildAsync(new AppPackageRequest(AppId, Endpoint, Out()), CancellationToken.None));

        Assert.Contains("outline.png", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Out()));
    }

    [Fact]
    public void ForCommittedTemplate_FromTestOutputFolder_FindsRepositoryManifest()
    {
        Assert.Equal(
            Path.TrimEndingDirectorySeparator(RepositoryPaths.ManifestDirectory),
            Path.TrimEndingDirectorySeparator(AppPackageBuilder.ForCommittedTemplate().TemplateDirectory));
    }
}
