using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Tests.Cards;

public sealed class AdaptiveCardSerializerTests
{
    [Fact]
    public void Serialize_Elements_WriteSchemaTypeNamesCamelCaseAndNoNulls()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = "見出し", Weight = TextWeight.Bolder, Size = TextSize.ExtraLarge, IsSubtle = true },
                new NumberInput { Id = "percent:1-1", Min = 0, Max = 100 },
                new ChoiceSetInput { Id = "status:1-1", Choices = [new Choice("順調", "順調")], Style = ChoiceSetStyle.Compact },
            ],
            Actions = [new ExecuteAction { Verb = "v", AssociatedInputs = AssociatedInputs.Auto, Fallback = new SubmitAction { Title = "送信" } }],
        };

        var json = JsonNode.Parse(AdaptiveCardSerializer.Serialize(card))!;

        Assert.Equal("AdaptiveCard", (string?)json["type"]);
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("ja", (string?)json["lang"]);
        Assert.Null(json["refresh"]);
        Assert.Null(json["msteams"]);
        var text = json["body"]![0]!.AsObject();
        Assert.Equal(["type", "text", "weight", "size", "isSubtle"], text.Select(p => p.Key).OrderBy(k => k == "type" ? 0 : 1).ToList());
        Assert.Equal("bolder", (string?)text["weight"]);
        Assert.Equal("extraLarge", (string?)text["size"]);
        Assert.Equal("Input.Number", (string?)json["body"]![1]!["type"]);
        Assert.Equal(100, (double?)json["body"]![1]!["max"]);
        Assert.Equal("Input.ChoiceSet", (string?)json["body"]![2]!["type"]);
        Assert.Equal("compact", (string?)json["body"]![2]!["style"]);
        Assert.Equal(["title", "value"], json["body"]![2]!["choices"]![0]!.AsObject().Select(p => p.Key));
        var action = json["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal("Auto", (string?)action["associatedInputs"]);
        Assert.Equal("Action.Submit", (string?)action["fallback"]!["type"]);
    }

    [Fact]
    public void Serialize_RefreshAction_KeepsItsType()
    {
        var card = new AdaptiveCard
        {
            Refresh = new CardRefresh { Action = new ExecuteAction { Verb = "refresh" }, UserIds = ["29:abc"] },
        };

        var refresh = JsonNode.Parse(AdaptiveCardSerializer.Serialize(card))!["refresh"]!;

        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal("refresh", (string?)refresh["action"]!["verb"]);
        Assert.Equal("29:abc", (string?)refresh["userIds"]![0]);
    }

    [Fact]
    public void CardRefresh_MoreThanSixtyUsers_Throws()
    {
        var users = Enumerable.Range(0, 61).Select(i => $"29:{i}").ToList();

        Assert.Throws<ArgumentException>(() => new CardRefresh { Action = new ExecuteAction { Verb = "r" }, UserIds = users });
    }

    [Theory]
    [InlineData("\"}],\"actions\":[{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}],\"x\":{\"")]
    [InlineData("<script>alert('x')</script> & \\ \u0000 \n 改行")]
    [InlineData("{{$root.secret}} ${value}")]
    public void Serialize_UserText_StaysAValue(string userText)
    {
        var card = new AdaptiveCard
        {
            Body = [new TextInput { Id = "comment:1-1", Value = userText }, new RichTextBlock { Inlines = [new TextRun { Text = userText }] }],
        };

        var json = JsonNode.Parse(AdaptiveCardSerializer.Serialize(card))!;

        Assert.Equal(userText, (string?)json["body"]![0]!["value"]);
        Assert.Equal(userText, (string?)json["body"]![1]!["inlines"]![0]!["text"]);
        Assert.Null(json["actions"]);
        Assert.Equal(2, json["body"]!.AsArray().Count);
    }

    [Fact]
    public void Serialize_Japanese_WrittenUnescaped()
    {
        var json = AdaptiveCardSerializer.Serialize(new AdaptiveCard { Body = [new TextBlock { Text = "産業振興部の進捗" }] });

        Assert.Contains("産業振興部の進捗", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToAttachment_Card_WrapsWithContentTypeAndReportsSizes()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "ようこそ" }], MsTeams = TeamsCardExtension.FullWidth };

        var attachment = AdaptiveCardSerializer.ToAttachment(card);

        using var document = JsonDocument.Parse(attachment.AttachmentJson);
        Assert.Equal("application/vnd.microsoft.card.adaptive", document.RootElement.GetProperty("contentType").GetString());
        var content = document.RootElement.GetProperty("content");
        Assert.Equal("AdaptiveCard", content.GetProperty("type").GetString());
        Assert.Equal("Full", content.GetProperty("msteams").GetProperty("width").GetString());
        Assert.Equal(Encoding.UTF8.GetByteCount(attachment.AttachmentJson), attachment.Utf8Bytes);
        Assert.Equal(Encoding.Unicode.GetByteCount(attachment.AttachmentJson), attachment.Utf16Bytes);
    }

    [Fact]
    public void ToElement_Card_SameAsSerialize()
    {
        var card = new AdaptiveCard { Body = [new FactSet { Facts = [new Fact("状況", "順調")] }] };

        Assert.Equal(AdaptiveCardSerializer.Serialize(card), AdaptiveCardSerializer.ToElement(card).GetRawText());
    }
}
