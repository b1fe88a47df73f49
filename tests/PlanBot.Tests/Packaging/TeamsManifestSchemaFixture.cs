using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PlanBot.Tests.Support;

namespace PlanBot.Tests.Packaging;

/// <summary>
/// Loads the Teams app manifest schema v1.30 once per test class: from ../shared/schemas beside the repository (searched
/// upward, so a git worktree finds it too), else from its official URL. If neither works, <see cref="Schema"/> is null and
/// <see cref="Source"/> says why, and the schema tests are skipped with that reason instead of passing silently.
/// </summary>
/// <remarks>
/// The schema declares draft-04, which JsonSchema.Net 8 does not implement (it starts at draft-06). It is evaluated with
/// draft-06 rules, which read this file exactly as its authors mean it:
/// - draft-06 renamed <c>id</c> to <c>$id</c>; this schema declares neither (every "id" in it is a property name);
/// - draft-06 made <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c> numbers instead of booleans; this schema uses neither;
/// - draft-06 added <c>const</c>, which this schema uses for <c>manifestVersion</c> ("1.30"). A strict draft-04 validator
///   would ignore it and accept any version; draft-06 enforces it, as Microsoft's tooling does.
/// <see cref="TeamsManifestTemplateTests.Schema_Draft04Keywords_ReadTheSameUnderDraft06"/> keeps the first two facts true.
/// </remarks>
public sealed class TeamsManifestSchemaFixture : IAsyncLifetime
{
    public const string FileName = "teams-manifest-1.30.schema.json";
    public const string Draft04Uri = "http://json-schema.org/draft-04/schema#";
    public const string OfficialUrl = "https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json";

    public JsonSchema? Schema { get; private set; }

    public JsonNode? SchemaJson { get; private set; }

    public string Source { get; private set; } = "not loaded";

    public async Task InitializeAsync()
    {
        var text = await ReadLocalAsync() ?? await DownloadAsync();
        if (text is null)
        {
            return;
        }

        SchemaJson = JsonNode.Parse(text);
        Schema = JsonSchema.FromText(text, BuildOptions(), new Uri(OfficialUrl));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    // JsonSchema.Net refuses a "$schema" it has no dialect for, so the draft-04 URI is registered as draft-06 under that
    // name (see the remarks on the class for why that reads this schema right). Registries of our own, not the global
    // ones, so each fixture builds independently.
    private static BuildOptions BuildOptions()
    {
        var draft04AsDraft06 = Dialect.Draft06.With([], new Uri(Draft04Uri));
        var dialects = new DialectRegistry();
        dialects.Register(draft04AsDraft06);
        return new BuildOptions { Dialect = draft04AsDraft06, DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };
    }

    /// <summary>The schema's complaints about <paramref name="instance"/>, one line per failing location; empty when valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode instance)
    {
        var schema = Schema ?? throw new InvalidOperationException(Source);
        using var document = JsonDocument.Parse(instance.ToJsonString());
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var errors = (result.Details ?? [])
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")
            .Distinct()
            .ToList();
        return errors.Count > 0 ? errors : ["invalid (no detail reported)"];
    }

    private async Task<string?> ReadLocalAsync()
    {
        for (var dir = new DirectoryInfo(RepositoryPaths.Root); dir.Parent is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.Parent.FullName, "shared", "schemas", FileName);
            if (File.Exists(path))
            {
                Source = path;
                return await File.ReadAllTextAsync(path);
            }
        }

        Source = $"{FileName} not found in ../shared/schemas above {RepositoryPaths.Root}";
        return null;
    }

    private async Task<string?> DownloadAsync()
    {
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
            var text = await http.GetStringAsync(new Uri(OfficialUrl));
            Source = OfficialUrl;
            return text;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Source += $", and downloading {OfficialUrl} failed ({ex.Message})";
            return null;
        }
    }
}
