using System.Text.Json.Nodes;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Reminders;
using PlanBot.Teams.Tests.Cards;
using Xunit.Abstractions;

namespace PlanBot.Teams.Tests.Reminders;

public sealed class ReminderCardTests(ITestOutputHelper output)
{
    private static readonly string[] StatusLabels = ["未着手", "順調", "要注意", "遅延", "完了", "中止"];

    private static ReminderCardModel WithErrors() => ReminderCardSamples.Small() with
    {
        Entries =
        [
            new ProgressEntry("1-1", "遅延", "150", null),
            new ProgressEntry("5-2", "完了", "100", "**太字** にならないこと [link](https://example.com)"),
        ],
        Errors =
        [
            new AnswerError("1-1", AnswerProblem.PercentOutOfRange),
            new AnswerError("1-1", AnswerProblem.CommentRequired),
        ],
    };

    public static TheoryData<string> States => ["small", "largest", "worst", "recorded", "closed", "errors", "not-a-number", "part", "closed-late"];

    private static ReminderCardModel Model(string state) => state switch
    {
        "small" => ReminderCardSamples.Small(),
        "largest" => ReminderCardSamples.Owner(3, 5),
        "worst" => ReminderCardSamples.WorstCase(ReminderCard.MaxItemsPerCard),
        "recorded" => ReminderCardSamples.Owner(3, 5, answered: true) with { Record = new ReminderCardRecord("山田 花子", ReminderCardSamples.ReportedAt) },
        "closed" => ReminderCardSamples.Owner(3, 5, answered: true) with { IsClosed = true },
        "part" => ReminderCardSamples.Small() with { Part = new ReminderCardPart(2, 3) },
        "errors" => WithErrors(),
        "closed-late" => ReminderCardSamples.Small() with
        {
            IsClosed = true,
            Entries = [new ProgressEntry("1-1", "遅延", "30", "[link](https://example.com) の件で遅れています")],
            Errors = [new AnswerError(null, AnswerProblem.CycleClosed)],
        },
        "not-a-number" => ReminderCardSamples.Small() with
        {
            Entries = [new ProgressEntry("1-1", "順調", "abc", null)],
            Errors = [new AnswerError("1-1", AnswerProblem.PercentNotANumber)],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    [AdaptiveCardSchemaTheory]
    [MemberData(nameof(States))]
    public void Build_EveryState_ValidAdaptiveCard15(string state)
    {
        AdaptiveCardSchema.Shared.AssertValid(ReminderCard.Build(Model(state)));
    }

    [Fact]
    public void Build_LargestOwnerWithLongText_FarBelowTeamsLimit()
    {
        // Fifteen sub-themes with long plan text: more than any department owns in the seed.
        var card = AdaptiveCardSerializer.ToAttachment(ReminderCard.Build(ReminderCardSamples.Owner(3, 5)));
        output.WriteLine($"15 items, open: {card.Utf8Bytes} bytes UTF-8, {card.Utf16Bytes} bytes UTF-16");

        Assert.True(card.Utf8Bytes < 30 * 1024, $"15-item card is {card.Utf8Bytes} bytes (UTF-8)");
        Assert.True(card.Utf16Bytes < 45 * 1024, $"15-item card is {card.Utf16Bytes} bytes (UTF-16, as Teams counts)");
    }

    [Fact]
    public void Build_WorstCaseFullCard_UnderTeamsLimitWithMargin()
    {
        var card = AdaptiveCardSerializer.ToAttachment(ReminderCard.Build(ReminderCardSamples.WorstCase(ReminderCard.MaxItemsPerCard)));
        output.WriteLine($"worst case, {ReminderCard.MaxItemsPerCard} items: {card.Utf8Bytes} bytes UTF-8, {card.Utf16Bytes} bytes UTF-16");

        Assert.True(card.Utf16Bytes < 80 * 1024, $"worst-case card is {card.Utf16Bytes} bytes (UTF-16, as Teams counts)");
    }

    [Fact]
    public void Build_MoreItemsThanOneCardCarries_Throws()
    {
        var model = ReminderCardSamples.Owner(4, 4);

        var error = Assert.Throws<ArgumentException>(() => ReminderCard.Build(model));
        Assert.Contains(nameof(ReminderCard.Partition), error.Message, StringComparison.Ordinal);
    }

    [AdaptiveCardSchemaFact]
    public void Partition_WholePlanForOneOwner_EveryPartValidAndUnderLimit()
    {
        // 22 initiatives × 5 sub-themes, all owned by one person: far beyond any real owner, still delivered.
        var whole = ReminderCardSamples.WorstCase(110);

        var parts = ReminderCard.Partition(whole.Items);

        Assert.Equal(whole.Items, parts.SelectMany(p => p));
        Assert.All(parts, p => Assert.InRange(p.Count, 1, ReminderCard.MaxItemsPerCard));
        Assert.All(parts, p => Assert.Equal(p[^1].InitiativeNumber, p.Select(i => i.InitiativeNumber).Max()));
        var initiativesSplitAcrossParts = parts.Zip(parts.Skip(1)).Count(pair => pair.First[^1].InitiativeNumber == pair.Second[0].InitiativeNumber);
        Assert.Equal(0, initiativesSplitAcrossParts);
        foreach (var (items, index) in parts.Select((p, i) => (p, i)))
        {
            var card = ReminderCard.Build(whole with { Items = items, Part = new ReminderCardPart(index + 1, parts.Count) });
            Assert.True(AdaptiveCardSerializer.ToAttachment(card).Utf16Bytes < SerializedCard.TeamsMessageLimitBytes);
            AdaptiveCardSchema.Shared.AssertValid(card);
        }
    }

    [Fact]
    public void Partition_InitiativeLargerThanACard_SplitInOrder()
    {
        var items = Enumerable.Range(1, ReminderCard.MaxItemsPerCard + 3)
            .Select(s => new ReminderCardItem($"9-{s}", 9, "大きな取組", $"部分{s}", []))
            .Prepend(new ReminderCardItem("1-1", 1, "小さな取組", null, []))
            .ToList();

        var parts = ReminderCard.Partition(items);

        Assert.Equal(items, parts.SelectMany(p => p));
        Assert.Equal([1, ReminderCard.MaxItemsPerCard, 3], parts.Select(p => p.Count));
    }

    [Fact]
    public void Build_Part_NumberedInTitle()
    {
        var texts = CardJson.Texts(CardJson.Of(ReminderCard.Build(ReminderCardSamples.Small() with { Part = new ReminderCardPart(2, 3) })));

        Assert.Contains("2024年度 第3四半期 進捗報告のお願い(2/3)", texts);
    }

    [Fact]
    public void Build_Open_InputsPerItemWithStableIds()
    {
        var model = ReminderCardSamples.Owner(3, 2);
        var json = CardJson.Of(ReminderCard.Build(model));

        var expected = model.Items.SelectMany(i => new[] { $"status:{i.SubThemeKey}", $"percent:{i.SubThemeKey}", $"comment:{i.SubThemeKey}" });
        Assert.Equal(expected, CardJson.InputIds(json));
        var status = CardJson.ById(json, "status:2-1");
        Assert.Equal("Input.ChoiceSet", (string?)status["type"]);
        Assert.Equal("compact", (string?)status["style"]);
        Assert.Equal(StatusLabels, status["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal("要注意", (string?)status["value"]); // the last report's status
        var percent = CardJson.ById(json, "percent:2-1");
        Assert.Equal(("Input.Number", 0d, 100d, 40d), ((string?)percent["type"], (double)percent["min"]!, (double)percent["max"]!, (double)percent["value"]!));
        var comment = CardJson.ById(json, "comment:2-1");
        Assert.Equal(("Input.Text", true), ((string?)comment["type"], (bool)comment["isMultiline"]!));
        Assert.Null(comment["value"]); // a new comment each quarter
    }

    [Fact]
    public void Build_Open_OneExecuteSubmitWithSubmitFallback()
    {
        var json = CardJson.Of(ReminderCard.Build(ReminderCardSamples.Small()));

        var action = Assert.Single(json["actions"]!.AsArray())!;
        Assert.Equal("Action.Execute", (string?)action["type"]);
        Assert.Equal(ReminderCardVerbs.SubmitProgress, (string?)action["verb"]);
        Assert.Equal("送信する", (string?)action["title"]);
        Assert.Equal("cycle-2024Q3", (string?)action["data"]!["cycleId"]);
        Assert.Equal("card-0042", (string?)action["data"]!["cardId"]);
        var fallback = action["fallback"]!;
        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.True(JsonNode.DeepEquals(action["data"], fallback["data"]));
        Assert.Equal(ReminderCardVerbs.SubmitProgress, (string?)fallback["data"]!["verb"]);
        Assert.Single(CardJson.OfType(json, "Action.Execute"), a => (string?)a["verb"] == ReminderCardVerbs.SubmitProgress);
    }

    [Fact]
    public void Build_WithOwnerMri_RefreshesForThatUserOnly()
    {
        var model = ReminderCardSamples.Owner(1, 1);
        var refresh = CardJson.Of(ReminderCard.Build(model))["refresh"]!;

        Assert.Equal(ReminderCardVerbs.RefreshProgress, (string?)refresh["action"]!["verb"]);
        Assert.Equal([model.RefreshUserId], refresh["userIds"]!.AsArray().Select(u => (string?)u));
        Assert.Null(CardJson.Of(ReminderCard.Build(model with { IsClosed = true }))["refresh"]);
        Assert.Null(CardJson.Of(ReminderCard.Build(model with { RefreshUserId = null }))["refresh"]);
    }

    [Fact]
    public void Build_Errors_KeepEnteredValuesAndShowErrorsBesideInputs()
    {
        var json = CardJson.Of(ReminderCard.Build(WithErrors()));

        Assert.Equal("遅延", (string?)CardJson.ById(json, "status:1-1")["value"]);
        Assert.Equal(150d, (double?)CardJson.ById(json, "percent:1-1")["value"]);
        Assert.Equal("完了", (string?)CardJson.ById(json, "status:5-2")["value"]);
        Assert.Equal(100d, (double?)CardJson.ById(json, "percent:5-2")["value"]);
        Assert.Equal("**太字** にならないこと [link](https://example.com)", (string?)CardJson.ById(json, "comment:5-2")["value"]);

        // Each error sits right under the input it concerns.
        var item = CardJson.ById(json, "item:1-1")["items"]!.AsArray();
        var percentAt = IndexOf(item, "percent:1-1");
        Assert.Equal("進捗率は0〜100の整数で入力してください。", (string?)item[percentAt + 1]!["text"]);
        Assert.Equal("attention", (string?)item[percentAt + 1]!["color"]);
        var commentAt = IndexOf(item, "comment:1-1");
        Assert.Contains("理由と次の一手", (string?)item[commentAt + 1]!["text"], StringComparison.Ordinal);
        Assert.Equal("attention", (string?)item[commentAt + 1]!["color"]);
        Assert.Contains("入力内容をご確認ください。まだ記録されていません。", CardJson.Texts(json));

        // Only the item with errors shows them.
        var otherItem = CardJson.ById(json, "item:5-2");
        Assert.DoesNotContain(CardJson.Objects(otherItem), o => (string?)o["color"] == "attention");
    }

    private static int IndexOf(JsonArray items, string id) =>
        items.Select((e, i) => (e, i)).Single(x => (string?)x.e!["id"] == id).i;

    [Fact]
    public void Build_PercentNotANumber_EmptyNumberInputAndError()
    {
        var json = CardJson.Of(ReminderCard.Build(Model("not-a-number")));

        Assert.Null(CardJson.ById(json, "percent:1-1")["value"]);
        Assert.Equal("順調", (string?)CardJson.ById(json, "status:1-1")["value"]);
        Assert.Contains("進捗率は数字で入力してください。", CardJson.Texts(json));
    }

    [Fact]
    public void Build_NotAnOwner_ErrorAtTopOfItem()
    {
        var model = ReminderCardSamples.Small() with { Errors = [new AnswerError("5-2", AnswerProblem.NotAnOwner)] };

        var item = CardJson.ById(CardJson.Of(ReminderCard.Build(model)), "item:5-2")["items"]!.AsArray();

        Assert.Equal("この取組の担当者として登録されていないため、記録できません。", (string?)item[2]!["text"]);
    }

    [Fact]
    public void Build_Recorded_ShowsWhoWhenWhatAndStaysEditable()
    {
        var model = ReminderCardSamples.Owner(2, 1, answered: true) with
        {
            Record = new ReminderCardRecord("山田 花子", ReminderCardSamples.ReportedAt),
        };

        var json = CardJson.Of(ReminderCard.Build(model));

        var texts = CardJson.Texts(json);
        // 05:05 UTC is 14:05 in Japan.
        Assert.Contains("山田 花子さんが 12月18日 14:05 に記録しました。締め切り(12月26日(金))までは修正できます。", texts);
        Assert.Contains("今期の記録: 遅延・55%(山田 花子さん、12月18日 14:05)", texts);
        Assert.Equal("遅延", (string?)CardJson.ById(json, "status:1-1")["value"]);
        Assert.Equal(55d, (double?)CardJson.ById(json, "percent:1-1")["value"]);
        Assert.StartsWith("協議会のWG", (string?)CardJson.ById(json, "comment:1-1")["value"], StringComparison.Ordinal);
        Assert.Equal("修正して送信する", (string?)json["actions"]![0]!["title"]);
    }

    [Fact]
    public void Build_Closed_ReadOnlyWithAnswersAndUnanswered()
    {
        var model = ReminderCardSamples.Owner(2, 1, answered: true);
        model = model with
        {
            IsClosed = true,
            Items = [model.Items[0], model.Items[1] with { CurrentAnswer = null }],
        };

        var json = CardJson.Of(ReminderCard.Build(model));

        Assert.Empty(CardJson.InputIds(json));
        Assert.Null(json["actions"]);
        var texts = CardJson.Texts(json);
        Assert.Contains("このリマインドは締め切りました。ご協力ありがとうございました。", texts);
        Assert.Contains(texts, t => t.StartsWith("今期の記録: 遅延・55%", StringComparison.Ordinal));
        Assert.Contains("未回答", CardJson.ById(json, "item:2-1")["items"]!.AsArray().Select(i => (string?)i!["text"]));
    }

    [Fact]
    public void Build_UserComments_ShownAsTextRunsWithoutMarkdown()
    {
        const string comment = "**重要** _下線_ [リンク](https://example.com)";
        var model = ReminderCardSamples.Owner(1, 1, answered: true);
        model = model with
        {
            IsClosed = true,
            Items = [model.Items[0] with { CurrentAnswer = model.Items[0].CurrentAnswer! with { Comment = comment } }],
        };

        var json = CardJson.Of(ReminderCard.Build(model));

        Assert.Contains(CardJson.OfType(json, "TextRun"), r => (string?)r["text"] == comment);
        Assert.DoesNotContain(CardJson.OfType(json, "TextBlock"), b => ((string?)b["text"])!.Contains(comment, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SubThemesOfOneInitiative_TitleShownOnce()
    {
        var texts = CardJson.Texts(CardJson.Of(ReminderCard.Build(ReminderCardSamples.Owner(2, 3))));

        Assert.Single(texts, t => t.StartsWith("取組1. ", StringComparison.Ordinal));
        Assert.Single(texts, t => t.StartsWith("取組2. ", StringComparison.Ordinal));
        Assert.Equal(6, texts.Count(t => t.StartsWith('①') || t.StartsWith('②') || t.StartsWith('③')));
    }

    [Fact]
    public void Build_PlanPeriods_HeadedInJapanese()
    {
        var fy2024 = CardJson.Texts(CardJson.Of(ReminderCard.Build(ReminderCardSamples.Small())));
        var fy2025 = CardJson.Texts(CardJson.Of(ReminderCard.Build(ReminderCardSamples.Owner(1, 1))));

        Assert.Contains($"**2024年度 第3四半期の計画**\n{ReminderCardSamples.Small().Items[0].Plan[0].Lines[0]}\n", fy2024.First(t => t.StartsWith("**2024", StringComparison.Ordinal)) + "\n");
        Assert.Contains("2024年度 第3四半期 進捗報告のお願い", fy2024);
        Assert.Contains("締め切り: 12月26日(木)", fy2024);
        Assert.Contains(fy2025, t => t.StartsWith("**2025年度の計画**\n", StringComparison.Ordinal));
        Assert.Contains(fy2025, t => t.StartsWith("**2025年度の到達目標・KGI**\n◎", StringComparison.Ordinal));
        Assert.Contains("前回の報告(2025年度 第2四半期): 要注意・40%", fy2025);
    }

    [Fact]
    public void Build_Status_ChoicesAreTheDomainLabels()
    {
        var json = CardJson.Of(ReminderCard.Build(ReminderCardSamples.Small()));
        var choices = CardJson.ById(json, "status:1-1")["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToList();

        Assert.All(choices, c => Assert.True(ProgressStatusNames.TryParse(c, out _), c));
        Assert.Equal(ProgressStatusNames.All.Count, choices.Count);
    }
}
