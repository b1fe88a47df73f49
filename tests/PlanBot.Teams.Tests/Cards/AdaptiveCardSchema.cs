using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Tests.Cards;

/// <summary>
/// The official Adaptive Card 1.5 JSON schema, used to check every card PlanBot sends.
/// Found as shared/schemas/adaptive-card-1.5.json beside the folder holding PlanBot.sln (or beside one of its parents, so
/// git worktrees find it too); else downloaded from <see cref="OfficialUrl"/> into the temp folder; else unavailable, and
/// the tests marked <see cref="AdaptiveCardSchemaFactAttribute"/> or <see cref="AdaptiveCardSchemaTheoryAttribute"/>
/// are skipped with <see cref="UnavailableReason"/> as the reason. (xunit 2.9 has no runtime skip, so the decision is made
/// when tests are discovered.)
/// </summary>
public sealed class AdaptiveCardSchema
{
    public static readonly Uri OfficialUrl = new("https://adaptivecards.io/schemas/1.5.0/adaptive-card.json");

    private const string FileName = "adaptive-card-1.5.json";

    private static readonly Lazy<(AdaptiveCardSchema? Schema, string? Reason)> Loaded = new(Load);

    private readonly JsonSchema schema;

    /// <summary>Definitions that describe a typed element or action ("TextBlock", "Action.Execute"…).</summary>
    private readonly HashSet<string> elementTypes;

    private AdaptiveCardSchema(string text, string source)
    {
        // Draft-06 must be named: the default dialect does not give the schema's draft-06 $ref semantics.
        schema = JsonSchema.FromText(text, new BuildOptions { Dialect = Dialect.Draft06 }, OfficialUrl);
        using var document = JsonDocument.Parse(text);
        elementTypes = [.. document.RootElement.GetProperty("definitions").EnumerateObject()
            .Where(d => d.Value.TryGetProperty("properties", out var p) && p.TryGetProperty("type", out var t) && t.TryGetProperty("enum", out _))
            .Select(d => d.Name)];
        Source = source;
    }

    /// <summary>Where the schema was read from (a path or the URL).</summary>
    public string Source { get; }

    /// <summary>Why the schema could not be loaded, or null when it was.</summary>
    public static string? UnavailableReason => Loaded.Value.Reason;

    /// <summary>The loaded schema; only tests skipped when it is unavailable may use it.</summary>
    public static AdaptiveCardSchema Shared =>
        Loaded.Value.Schema ?? throw new InvalidOperationException(Loaded.Value.Reason);

    /// <summary>The schema file beside the solution folder above <paramref name="startDirectory"/>, or null.</summary>
    public static string? FindLocal(string startDirectory)
    {
        var solution = new DirectoryInfo(startDirectory);
        while (solution is not null && !File.Exists(Path.Combine(solution.FullName, "PlanBot.sln")))
        {
            solution = solution.Parent;
        }

        for (var dir = solution?.Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "schemas", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Checks the card as the serializer writes it inside its attachment, without Teams' msteams extension.</summary>
    public IReadOnlyList<string> Validate(AdaptiveCard card)
    {
        var attachment = JsonNode.Parse(AdaptiveCardSerializer.ToAttachment(card).AttachmentJson)!.AsObject();
        Assert.Equal(AdaptiveCardSerializer.ContentType, (string?)attachment["contentType"]);
        var content = attachment["content"]!.AsObject();
        // Teams' own root extension is the one thing the schema does not know; everything else must pass as written.
        content.Remove(TeamsCardExtension.PropertyName);
        return Validate(content);
    }

    /// <summary>
    /// The schema's complaints about <paramref name="card"/>, one line per deepest failing location
    /// ("/body/2/size: …"); empty when valid. The list output is filtered because every anyOf branch reports.
    /// </summary>
    public IReadOnlyList<string> Validate(JsonNode card)
    {
        using var document = JsonDocument.Parse(card.ToJsonString());
        // The flag pass is quick; the list pass, which explains failures, costs about a second on a full reminder card.
        if (schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid)
        {
            return [];
        }

        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        // Every element is checked against every element type (anyOf), so most failures come from the branches of other
        // types. Keep those reported by the definition of the element's own type, or by no element type at all.
        var failures = (results.Details ?? [])
            .Where(d => !d.IsValid && d.Errors is { Count: > 0 })
            .Select(d => (Location: d.InstanceLocation.ToString(), Definition: DefinitionOf(d.SchemaLocation), Messages: d.Errors!.Values))
            .Where(f => AppliesTo(f.Definition, OwnerType(card, f.Location)))
            .ToList();
        var deepest = failures
            .Select(f => f.Location)
            .Distinct()
            .Where(loc => !failures.Any(f => f.Location.Length > loc.Length && f.Location.StartsWith(loc + "/", StringComparison.Ordinal)))
            .ToList();
        var lines = deepest
            .Select(loc => $"{(loc.Length == 0 ? "/" : loc)}: {string.Join("; ", failures.Where(f => f.Location == loc).SelectMany(f => f.Messages).Distinct().Take(4))}")
            .ToList();
        return lines.Count > 0 ? lines : ["/: the card does not match the Adaptive Card 1.5 schema"];
    }

    /// <summary>The last "#/definitions/Name" the schema location passes through, e.g. "TextBlock" or "FontSize".</summary>
    private static string? DefinitionOf(Uri? schemaLocation)
    {
        var fragment = Uri.UnescapeDataString(schemaLocation?.Fragment ?? string.Empty);
        var at = fragment.LastIndexOf("/definitions/", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var name = fragment[(at + "/definitions/".Length)..];
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? name : name[..slash];
    }

    /// <summary>
    /// Whether a failure reported by <paramref name="definition"/> concerns an element of type <paramref name="owner"/>:
    /// a concrete type's definition only speaks for that type, the input and action bases only for inputs and actions.
    /// Filtering can only hide lines, never make a card valid: the verdict is the schema's.
    /// </summary>
    private bool AppliesTo(string? definition, string? owner) => (definition, owner) switch
    {
        (null, _) or (_, null) => true,
        _ when !elementTypes.Contains(owner) => true, // an unknown type: every branch's complaint is worth seeing
        ("Extendable.Input", _) => owner.StartsWith("Input.", StringComparison.Ordinal),
        ("Extendable.Action", _) => owner.StartsWith("Action.", StringComparison.Ordinal),
        _ => !elementTypes.Contains(definition) || definition == owner,
    };

    /// <summary>
    /// The "type" of the object at <paramref name="location"/>, or of the object holding the value there; null when that
    /// object has no type (a fact, a choice), since then only its position says what it is.
    /// </summary>
    private static string? OwnerType(JsonNode card, string location)
    {
        var segments = location.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))
            .ToList();
        JsonNode? parent = null;
        JsonNode? node = card;
        foreach (var segment in segments)
        {
            parent = node;
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var i) && i < array.Count => array[i],
                _ => null,
            };
        }

        var owner = node as JsonObject ?? parent as JsonObject;
        return owner?["type"] is JsonValue type && type.TryGetValue<string>(out var name) ? name : null;
    }

    public void AssertValid(AdaptiveCard card)
    {
        var errors = Validate(card);
        Assert.True(errors.Count == 0, $"Card is not valid Adaptive Card 1.5 ({Source}):\n{string.Join('\n', errors)}");
    }

    private static (AdaptiveCardSchema?, string?) Load()
    {
        var local = FindLocal(AppContext.BaseDirectory);
        if (local is not null)
        {
            return (new AdaptiveCardSchema(File.ReadAllText(local), local), null);
        }

        var cache = Path.Combine(Path.GetTempPath(), "planbot-tests", FileName);
        try
        {
            if (!File.Exists(cache))
            {
                Download(cache);
            }

            return (new AdaptiveCardSchema(File.ReadAllText(cache), OfficialUrl.ToString()), null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or JsonException or UnauthorizedAccessException)
        {
            return (null, $"Adaptive Card 1.5 schema unavailable: no shared/schemas/{FileName} beside the folder holding PlanBot.sln " +
                $"(searched up from {AppContext.BaseDirectory}), and downloading {OfficialUrl} failed: {e.Message}");
        }
    }

    /// <summary>Synchronous on purpose: skipping is decided in an attribute constructor, where nothing can be awaited.</summary>
    private static void Download(string cache)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        using var response = http.Send(new HttpRequestMessage(HttpMethod.Get, OfficialUrl));
        response.EnsureSuccessStatusCode();
        using var stream = response.Content.ReadAsStream();
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        using (JsonDocument.Parse(text))
        {
            // Only a parseable schema is cached.
        }

        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        var partial = cache + ".partial";
        File.WriteAllText(partial, text);
        File.Move(partial, cache, overwrite: true);
    }
}
