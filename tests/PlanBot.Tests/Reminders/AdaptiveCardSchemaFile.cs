using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PlanBot.Tests.Reminders;

/// <summary>
/// The Adaptive Card 1.5 schema from ../shared/schemas beside the repository (searched upward from the test binaries, so
/// a git worktree finds it too). A minimal copy of the lookup PlanBot.Teams.Tests uses: no download, so where the file is
/// missing <see cref="Schema"/> is null and the schema test is skipped with <see cref="Source"/> as the reason.
/// </summary>
internal sealed class AdaptiveCardSchemaFile
{
    private const string FileName = "adaptive-card-1.5.json";

    private static readonly Lazy<AdaptiveCardSchemaFile> Loaded = new(Load);

    private AdaptiveCardSchemaFile(JsonSchema? schema, string source)
    {
        Schema = schema;
        Source = source;
    }

    public static AdaptiveCardSchemaFile Shared => Loaded.Value;

    public JsonSchema? Schema { get; }

    /// <summary>The file read, or why there is none.</summary>
    public string Source { get; }

    /// <summary>The schema's verdict on a card as sent, without Teams' own root extension (which the schema does not know).</summary>
    public bool IsValid(JsonObject card)
    {
        var copy = card.DeepClone().AsObject();
        copy.Remove("msteams");
        using var document = JsonDocument.Parse(copy.ToJsonString());
        return Schema!.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static AdaptiveCardSchemaFile Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "schemas", FileName);
            if (File.Exists(candidate))
            {
                // Draft-06 must be named: the default dialect does not give the schema's draft-06 $ref semantics.
                var schema = JsonSchema.FromText(File.ReadAllText(candidate), new BuildOptions { Dialect = Dialect.Draft06 }, new Uri("https://adaptivecards.io/schemas/1.5.0/adaptive-card.json"));
                return new AdaptiveCardSchemaFile(schema, candidate);
            }
        }

        return new AdaptiveCardSchemaFile(null, $"No shared/schemas/{FileName} above {AppContext.BaseDirectory}.");
    }
}
