using System.Text.Json.Nodes;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Tests.Cards;

/// <summary>The validator itself: it must accept a good card and reject bad ones, or every "valid card" test proves nothing.</summary>
public sealed class AdaptiveCardSchemaTests
{
    private static AdaptiveCardSchema Schema => AdaptiveCardSchema.Shared;

    private static JsonNode Card(string body) => JsonNode.Parse(
        $$"""{"type":"AdaptiveCard","version":"1.5","body":[{{body}}]}""")!;

    [AdaptiveCardSchemaFact]
    public void Validate_MinimalCard_NoErrors()
    {
        Assert.Empty(Schema.Validate(Card("""{"type":"TextBlock","text":"こんにちは","wrap":true}""")));
    }

    [AdaptiveCardSchemaTheory]
    [InlineData("""{"type":"TextBlock","text":"x","colour":"good"}""", "/body/0")]
    [InlineData("""{"type":"TextBlock","text":"x","size":"huge"}""", "/body/0/size")]
    [InlineData("""{"type":"TextBlock","wrap":true}""", "/body/0")]
    [InlineData("""{"type":"Chart.Pie","data":[]}""", "/body/0")]
    [InlineData("""{"type":"Input.ChoiceSet","id":"s","choices":[{"title":"順調"}]}""", "/body/0/choices/0")]
    [InlineData("""{"type":"Container","items":[{"type":"TextBlock","text":"x","msteams":{"width":"Full"}}]}""", "/body/0/items/0")]
    [InlineData("""{"type":"Input.Text","label":"コメント"}""", "/body/0: Required properties")]
    [InlineData("""{"type":"ActionSet","actions":[{"type":"Action.Execute","verb":"v","style":"loud"}]}""", "/body/0/actions/0/style")]
    public void Validate_InvalidElement_ReportsItsLocation(string element, string location)
    {
        var errors = Schema.Validate(Card(element));

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.StartsWith(location, StringComparison.Ordinal));
    }

    [AdaptiveCardSchemaFact]
    public void Validate_UnknownRootProperty_Rejected()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","version":"1.5","body":[],"msteams":{"width":"Full"}}""")!;

        Assert.NotEmpty(Schema.Validate(card));
    }

    [AdaptiveCardSchemaFact]
    public void ValidateCard_TeamsWidthExtension_StrippedAndAccepted()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock { Text = "幅いっぱい" }],
            MsTeams = TeamsCardExtension.FullWidth,
        };

        Assert.Empty(Schema.Validate(card));
    }

    [AdaptiveCardSchemaFact]
    public void AssertValid_InvalidCard_Throws()
    {
        // The typed model cannot write an unknown property or a bad enum, but it can leave out an input's required id.
        var card = new AdaptiveCard { Body = [new TextInput { Label = "コメント" }] };

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Schema.AssertValid(card));
    }

    [Fact]
    public void FindLocal_WorktreeBelowSharedFolder_FindsSchema()
    {
        var root = Directory.CreateTempSubdirectory("planbot-schema-");
        try
        {
            var schemas = Directory.CreateDirectory(Path.Combine(root.FullName, "shared", "schemas"));
            var schemaFile = Path.Combine(schemas.FullName, "adaptive-card-1.5.json");
            File.WriteAllText(schemaFile, "{}");
            var repo = Directory.CreateDirectory(Path.Combine(root.FullName, "wt", "cards"));
            File.WriteAllText(Path.Combine(repo.FullName, "PlanBot.sln"), string.Empty);
            var output = Directory.CreateDirectory(Path.Combine(repo.FullName, "tests", "bin", "Debug"));

            Assert.Equal(schemaFile, AdaptiveCardSchema.FindLocal(output.FullName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void FindLocal_OutsideAnySolution_ReturnsNull()
    {
        var dir = Directory.CreateTempSubdirectory("planbot-no-sln-");
        try
        {
            Assert.Null(AdaptiveCardSchema.FindLocal(dir.FullName));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
