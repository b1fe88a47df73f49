using System.Text.Json.Nodes;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Packaging;

/// <summary>The committed template in manifest/: valid against the Teams schema as it stands, with its language file and icons.</summary>
public sealed class TeamsManifestTemplateTests(TeamsManifestSchemaFixture schema) : IClassFixture<TeamsManifestSchemaFixture>
{
    private static JsonObject ReadManifest(string name = "manifest.json") =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ManifestDirectory, name)))!.AsObject();

    [SkippableFact]
    public void CommittedManifest_AgainstSchema_IsValid()
    {
        Skip.If(schema.Schema is null, schema.Source);

        Assert.Empty(schema.Validate(ReadManifest()));
    }

    [SkippableTheory]
    [InlineData("manifestVersion", "\"1.29\"")]
    [InlineData("accentColor", "\"blue\"")]
    [InlineData("id", "\"not-a-guid\"")]
    [InlineData("developer", "{\"name\":\"PlanBot\"}")]
    [InlineData("name", "{\"short\":\"PlanBot 中期事業計画アクションプラン進捗管理ボット（試行版）\"}")]
    [InlineData("validDomains", "\"planbot.example.org\"")]
    public void BrokenManifest_AgainstSchema_IsRejected(string property, string brokenJson)
    {
        Skip.If(schema.Schema is null, schema.Source);
        var manifest = ReadManifest();
        manifest[property] = JsonNode.Parse(brokenJson);

        var errors = schema.Validate(manifest);

        Assert.Contains(errors, e => e.StartsWith($"/{property}", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void BrokenManifest_UnknownScope_IsRejected()
    {
        Skip.If(schema.Schema is null, schema.Source);
        var manifest = ReadManifest();
        manifest["bots"]![0]!["scopes"]!.AsArray().Add("channel");

        Assert.NotEmpty(schema.Validate(manifest));
    }

    [SkippableFact]
    public void Schema_Draft04Keywords_ReadTheSameUnderDraft06()
    {
        Skip.If(schema.SchemaJson is null, schema.Source);
        var keywords = Keywords(schema.SchemaJson).ToList();

        // Draft-06 would misread a draft-04 boolean exclusiveMinimum/Maximum or a string "id" keyword; the schema has neither.
        Assert.DoesNotContain(keywords, k => k.Name is "exclusiveMinimum" or "exclusiveMaximum");
        Assert.DoesNotContain(keywords, k => k.Name is "id" or "$id" && k.Value is JsonValue);
        Assert.Equal(TeamsManifestSchemaFixture.Draft04Uri, (string?)schema.SchemaJson["$schema"]);
    }

    [Fact]
    public void CommittedManifest_Bot_HasItsScopesButNoCommandLists()
    {
        // The command menus are written by the package builder from the chat-command table, never kept by hand here.
        var bot = ReadManifest()["bots"]!.AsArray().Single()!.AsObject();

        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.False(bot.ContainsKey("commandLists"));
        Assert.Equal("ja-jp", (string?)ReadManifest()["localizationInfo"]!["defaultLanguageTag"]);
    }

    [Fact]
    public void CommittedManifest_Bot_SupportsFiles_SoTheBoardPaperCanBeSentInThePersonalChat()
    {
        Assert.True(ReadManifest()["bots"]!.AsArray().Single()!["supportsFiles"]!.GetValue<bool>());
    }

    [Fact]
    public void EnglishLanguageFile_Keys_FollowTheLocalizationSchema()
    {
        // The localization schema (MicrosoftTeams.Localization.schema.json) is not among ../shared/schemas; these are its
        // rules for what this file uses: required keys and length limits. Command descriptions are added by the package
        // builder (AppPackageBuilderTests check those).
        var manifest = ReadManifest();
        var language = manifest["localizationInfo"]!["additionalLanguages"]!.AsArray().Single()!;
        Assert.Equal("en-us", (string?)language["languageTag"]);
        var strings = ReadManifest((string)language["file"]!);

        Assert.All(new[] { "name.short", "description.short", "description.full" }, key => Assert.True(strings.ContainsKey(key), key));
        var limits = new Dictionary<string, int> { ["name.short"] = 30, ["name.full"] = 100, ["description.short"] = 80, ["description.full"] = 4000 };
        foreach (var (key, value) in strings)
        {
            if (key == "$schema")
            {
                continue;
            }

            var text = value!.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(text), key);
            if (limits.TryGetValue(key, out var limit))
            {
                Assert.True(text.Length <= limit, $"{key} is {text.Length} characters; the limit is {limit}.");
                continue;
            }

            Assert.Fail($"{key} is not a key this file should hold (the package builder adds the command descriptions).");
        }
    }

    [Fact]
    public void ColorIcon_Header_Is192Square()
    {
        var icon = PngImage.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.ManifestDirectory, "color.png")));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
    }

    [Fact]
    public void OutlineIcon_Pixels_AreWhiteOnTransparent()
    {
        var icon = PngImage.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.ManifestDirectory, "outline.png")));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlphaChannel);
        var pixels = icon.Pixels().ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Equal(0, icon.Pixel(0, 0).A);
        Assert.Equal(0, icon.Pixel(16, 16).A);
        Assert.InRange(pixels.Count(p => p.A == 255), 100, 700);
    }

    private static IEnumerable<(string Name, JsonNode? Value)> Keywords(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Keywords(p.Value).Prepend((p.Key, p.Value))),
        JsonArray array => array.SelectMany(Keywords),
        _ => [],
    };
}
