using System.Text.Json;
using System.Text.Json.Nodes;
using PlanBot.Teams.Reminders;
using PlanBot.Teams.Tests.Cards;

namespace PlanBot.Teams.Tests.Reminders;

public sealed class ProgressCardSubmissionTests
{
    /// <summary>What Teams sends for a click on the card's button: the action's data merged with every input's value.</summary>
    private static JsonElement Submitted(JsonObject card, JsonObject action, Func<string, string?> valueOf)
    {
        var merged = JsonNode.Parse(action["data"]!.ToJsonString())!.AsObject();
        foreach (var id in CardJson.InputIds(card))
        {
            if (valueOf(id) is { } value)
            {
                merged[id] = value;
            }
        }

        return JsonSerializer.SerializeToElement(merged);
    }

    [Fact]
    public void TryParse_ExecuteFromBuiltCard_EntriesPerSubThemeInCardOrder()
    {
        var model = ReminderCardSamples.Owner(2, 2);
        var card = CardJson.Of(ReminderCard.Build(model));
        var execute = card["actions"]![0]!.AsObject();

        var data = Submitted(card, execute, id => id.StartsWith("comment:", StringComparison.Ordinal) ? $"{id} の \"コメント\"\n改行" : id.StartsWith("status:", StringComparison.Ordinal) ? "順調" : "60");

        Assert.True(ProgressCardSubmission.TryParse(data, out var submission));
        Assert.Equal((ReminderCardVerbs.SubmitProgress, model.CycleId, model.CardId), (submission.Verb, submission.CycleId, submission.CardId));
        Assert.Equal(model.Items.Select(i => i.SubThemeKey), submission.Entries.Select(e => e.SubThemeKey));
        Assert.All(submission.Entries, e =>
        {
            Assert.Equal("順調", e.Status);
            Assert.Equal("60", e.Percent);
            Assert.Equal($"comment:{e.SubThemeKey} の \"コメント\"\n改行", e.Comment);
        });
    }

    [Fact]
    public void TryParse_SubmitFallbackFromBuiltCard_SameAsExecute()
    {
        var card = CardJson.Of(ReminderCard.Build(ReminderCardSamples.Small()));
        var fallback = card["actions"]![0]!["fallback"]!.AsObject();

        Assert.True(ProgressCardSubmission.TryParse(Submitted(card, fallback, _ => "完了"), out var submission));

        Assert.Equal(ReminderCardVerbs.SubmitProgress, submission.Verb);
        Assert.Equal("cycle-2024Q3", submission.CycleId);
        Assert.Equal(["1-1", "5-2"], submission.Entries.Select(e => e.SubThemeKey));
    }

    [Fact]
    public void TryParse_TeamsShapedValue_KeepsRawValuesAndIgnoresOtherKeys()
    {
        using var document = JsonDocument.Parse("""
            {
              "verb": "progress.submit", "cycleId": "cycle-2026Q3", "cardId": "card-7",
              "status:5-2": "遅延", "percent:5-2": 150, "comment:5-2": "",
              "percent:1-1": "abc",
              "msteams": { "type": "task/fetch" }, "unknown:1-1": "x", "status:bad": "順調"
            }
            """);

        Assert.True(ProgressCardSubmission.TryParse(document.RootElement, out var submission));

        Assert.Equal(
            [new ProgressEntry("5-2", "遅延", "150", string.Empty), new ProgressEntry("1-1", null, "abc", null)],
            submission.Entries);
    }

    [Theory]
    [InlineData("""[]""")]
    [InlineData("\"text\"")]
    [InlineData("""{"status:5-2":"順調"}""")]
    [InlineData("""{"cycleId":"c","status:5-2":"順調"}""")]
    [InlineData("""{"cycleId":"","cardId":"k"}""")]
    [InlineData("""{"cycleId":{"x":1},"cardId":"k"}""")]
    public void TryParse_NotAReminderSubmission_False(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.False(ProgressCardSubmission.TryParse(document.RootElement, out _));
    }
}
