using System.Text.Json.Nodes;
using CsCheck;
using PlanBot.Domain;
using PlanBot.Domain.Questions;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Questions;
using PlanBot.Teams.Tests.Cards;
using Xunit.Abstractions;
using static PlanBot.Teams.Tests.Questions.AnswerSamples;

namespace PlanBot.Teams.Tests.Questions;

public sealed class AnswerCardTests(ITestOutputHelper output)
{
    /// <summary>One question per answer shape, asked by a manager (who sees everything) unless the shape needs a member.</summary>
    public static TheoryData<string, AnswerKind> Shapes => new()
    {
        { "第3四半期の遅延は?", AnswerKind.Items },
        { "遅延は何件?", AnswerKind.Count },
        { "進捗状況", AnswerKind.Summary },
        { "未回答の人は?", AnswerKind.Unanswered },
        { "取組5のKGIは?", AnswerKind.Plan },
        { "取組4の状況", AnswerKind.Detail },
        { "取組4は誰が担当?", AnswerKind.Owners },
        { "取組5の履歴", AnswerKind.History },
        { "前期から悪化した取組", AnswerKind.Items },
        { "経営企画室の計画", AnswerKind.Plan },
        { "地域共創部の遅延", AnswerKind.Empty },
        { "今日の天気は?", AnswerKind.NotUnderstood },
        { "ヘルプ", AnswerKind.Help },
    };

    private static Answer Small(string question) =>
        Ask(AnswerSamples.Small(), question, question == "地域共創部の遅延" ? Tanaka : Yamamoto);

    private static JsonObject CardOf(Answer answer) => CardJson.Of(AnswerCard.Build(answer));

    private static IReadOnlyList<string> Runs(JsonNode card) =>
        [.. CardJson.OfType(card, "TextRun").Select(r => (string)r["text"]!)];

    [AdaptiveCardSchemaTheory]
    [MemberData(nameof(Shapes))]
    public void Build_EveryShape_ValidAdaptiveCard15(string question, AnswerKind kind)
    {
        var answer = Small(question);

        Assert.Equal(kind, answer.Kind);
        AdaptiveCardSchema.Shared.AssertValid(AnswerCard.Build(answer));
    }

    [AdaptiveCardSchemaTheory]
    [InlineData("一覧")]
    [InlineData("未回答の人は?")]
    [InlineData("計画")]
    [InlineData("KGI")]
    [InlineData("進捗状況")]
    [InlineData("取組1の状況")]
    [InlineData("誰が担当?")]
    [InlineData("履歴")]
    public void Build_LargestAnswers_ValidAdaptiveCard15(string question)
    {
        AdaptiveCardSchema.Shared.AssertValid(AnswerCard.Build(Ask(Large(), question, Yamamoto)));
    }

    [Fact]
    public void Build_Q3Delays_HeadingRestatesQueryAndScopeFollows()
    {
        var card = CardOf(Small("第3四半期の遅延は?"));

        var runs = Runs(card);
        Assert.Equal("2026年度 第3四半期・遅延: 3件", runs[0]);
        Assert.Equal("対象: すべての部署", runs[1]);
        Assert.Equal("2026年度 第3四半期・遅延: 3件", (string)card["fallbackText"]!);
    }

    [Fact]
    public void Build_Items_GroupedByStrategyWithEveryFactAndComment()
    {
        var runs = Runs(CardOf(Small("第3四半期の遅延は?")));

        Assert.Equal(
            ["重点戦略1 「新生シリコンアイランド九州」の実現", "重点戦略2 各産業の高度化・持続可能性向上・成長支援", "重点戦略3 GX推進および将来にわたって産業と生活を支えるエネルギーの安定供給に資する取組み"],
            runs.Where(r => r.StartsWith("重点戦略", StringComparison.Ordinal)));
        var item = runs.SkipWhile(r => !r.StartsWith("5. ", StringComparison.Ordinal)).ToList();
        Assert.Equal("5. 地域企業の環境経営の支援", item[0]);
        Assert.Equal(
            "部署: 地域共創部 / 担当: 鈴木 一郎 / 状況: 遅延 / 進捗: 10% / 報告者: 鈴木 一郎 / 報告日: 2026/11/20(2026年度 第3四半期)",
            string.Concat(item.Skip(1).Take(12)));
        Assert.Equal(["コメント: ", "講師の都合で延期"], item.Skip(13).Take(2));
    }

    [Fact]
    public void Build_Statuses_DelayedInAttentionCompletedInGood()
    {
        var card = CardOf(Small("第3四半期"));

        var colours = CardJson.OfType(card, "TextRun")
            .Where(r => r["color"] is not null)
            .GroupBy(r => (string)r["text"]!)
            .ToDictionary(g => g.Key, g => g.Select(r => (string)r["color"]!).Distinct().Single());
        Assert.Equal("attention", colours["遅延"]);
        Assert.Equal("good", colours["完了"]);
        Assert.DoesNotContain("順調", colours.Keys);
    }

    [Fact]
    public void Build_MoreItemsThanTheCap_ShowsCapAndMoreLine()
    {
        var answer = Ask(Large(), "一覧", Yamamoto);
        var card = CardOf(answer);

        Assert.Equal(AnswerBuilder.MaxItems, answer.Groups.Sum(g => g.Items.Count));
        Assert.Contains("ほか 20件", Runs(card));
        Assert.Contains(AnswerCardTexts.MoreHint, CardJson.Texts(card));
    }

    [Fact]
    public void Build_Detail_FactsWithoutTableHeadingThenEachSubThemeAndNextQuestions()
    {
        var answer = Small("取組4の状況");
        var card = CardOf(answer);

        var runs = Runs(card);
        Assert.Equal("取組4 食品の輸出拡大に向けた官民共同プロモーションによる各種輸出フェア等の連携実施", runs[0]);
        Assert.DoesNotContain(AnswerCardTexts.ScopeColumn, runs);
        Assert.Contains("①輸出フェア", runs);
        Assert.Contains("②販路開拓", runs);
        Assert.Contains("フェア日程の変更", runs);
        Assert.Contains("■海外フェアへの出展", runs);
        Assert.Contains(QuestionTexts.NextQuestionsHeading, CardJson.Texts(card));
        Assert.Equal(["取組4の計画", "取組4の履歴", "取組4の担当者は?"], CardJson.OfType(card, "Action.Execute").Select(a => (string)a["title"]!));
    }

    [Fact]
    public void Build_LongAnswer_WorstFirstWithNarrowingButtons()
    {
        var answer = Ask(Large(), "進捗状況", Yamamoto);
        var card = CardOf(answer);

        Assert.Equal(AnswerKind.Summary, answer.Kind);
        Assert.StartsWith("遅延(", answer.Groups[0].Title, StringComparison.Ordinal);
        Assert.Contains(QuestionTexts.NarrowDownHeading, CardJson.Texts(card));
        Assert.InRange(CardJson.OfType(card, "Action.Execute").Count(), 2, 3);
    }

    [Fact]
    public void Build_SharedName_AsksWhichPersonWithButtons()
    {
        var data = AnswerSamples.Small();
        var second = new PlanBot.Domain.People.Person("鈴木 花子", "suzuki.hanako@example.jp", null, "地域共創部", PlanBot.Domain.People.PersonRole.Member);
        var answer = Ask(new QueryData(data.Plan, data.Reports, [.. data.Roster, second], data.CurrentQuarter, data.Owners), "鈴木さんの遅延", Yamamoto);
        var card = CardOf(answer);

        Assert.Equal(AnswerKind.NotUnderstood, answer.Kind);
        Assert.Contains(QuestionTexts.DidYouMeanHeading, CardJson.Texts(card));
        Assert.Equal(["鈴木 一郎さんの遅延", "鈴木 花子さんの遅延"], CardJson.OfType(card, "Action.Execute").Select(a => (string)a["title"]!));
        Assert.DoesNotContain(QuestionTexts.HelpLines[0], CardJson.Texts(card));
    }

    [Fact]
    public void Build_Summary_TableOfScopesWithCountsAndAverages()
    {
        var card = CardOf(Small("進捗状況"));

        var rows = CardJson.OfType(card, "ColumnSet")
            .Select(set => string.Join(" | ", CardJson.OfType(set, "TextRun").Select(r => (string)r["text"]!)))
            .ToList();
        Assert.Equal("範囲 | 件数・内訳", rows[0]);
        Assert.Contains("地域共創部 | 3件(未着手 1、遅延 2) 平均進捗 10%", rows);
        Assert.StartsWith("全体 | 10件(", rows[^1], StringComparison.Ordinal);
        Assert.True((bool)CardJson.OfType(card, "ColumnSet").Last()["separator"]!);
    }

    [Fact]
    public void Build_Unanswered_PeopleGroupedByDepartment()
    {
        var runs = Runs(CardOf(Small("未回答の人は?")));

        Assert.Equal("2026年度 第3四半期の未回答: 3名・2件", runs[0]);
        var groups = CardJson.OfType(CardOf(Small("未回答の人は?")), "TextRun").Where(r => (string?)r["size"] == "medium").Select(r => (string)r["text"]!);
        Assert.Equal(["地域共創部", "産業振興部"], groups);
        Assert.Contains("鈴木 一郎さん(取組13-1)", runs);
    }

    [Fact]
    public void Build_ManyUnanswered_MorePeopleLine()
    {
        var answer = Ask(Large(), "未回答の人は?", Yamamoto);

        Assert.True(answer.MoreCount > 0);
        Assert.Contains($"ほか {answer.MoreCount}名", Runs(CardOf(answer)));
    }

    [Fact]
    public void Build_Plan_ShowsKgiLinesUnderTheInitiative()
    {
        var runs = Runs(CardOf(Small("取組1のKGIは?")));

        var title = runs.ToList().IndexOf("1. 九州地域戦略会議と連携した「新生シリコンアイランド九州」の実現");
        Assert.True(title > 0);
        Assert.Contains("◎課題解決 1件以上/年", runs.Skip(title));
    }

    [Fact]
    public void Build_Empty_SaysSoNamesFiltersAndOffersSuggestions()
    {
        var answer = Small("地域共創部の遅延");
        var card = CardOf(answer);

        var runs = Runs(card);
        Assert.Equal("条件に合う取組はありませんでした(条件: 遅延・地域共創部)。", runs[0]);
        Assert.Equal("対象: 産業振興部の取組とあなたの担当分", runs[1]);
        Assert.Contains("※ 地域共創部の取組はご覧いただけないため、含めていません。", runs);
        Assert.Equal(answer.Suggestions, CardJson.OfType(card, "Action.Execute").Select(a => (string)a["title"]!));
    }

    [Fact]
    public void Build_NotUnderstood_SaysWhatWasReadAndSuggestsQuestionsThatWork()
    {
        var answer = Small("予算の進捗は?");
        var card = CardOf(answer);

        var runs = Runs(card);
        Assert.Equal(QuestionTexts.NotUnderstood, runs[0]);
        Assert.Contains("※ 読み取れた内容: 進捗状況", runs);
        Assert.Contains("※ 次の語は読み取れませんでした: 「予算」", runs);
        var buttons = CardJson.OfType(card, "Action.Execute").ToList();
        Assert.InRange(buttons.Count, 2, 3);
        foreach (var button in buttons)
        {
            Assert.Equal(AnswerCardVerbs.AskQuestion, (string)button["verb"]!);
            var question = (string)button["data"]![AnswerCardDataKeys.Question]!;
            Assert.Equal((string)button["title"]!, question);
            Assert.Equal(AnswerCardVerbs.AskQuestion, (string)button["data"]![CardDataKeys.Verb]!);
            Assert.Equal("Action.Submit", (string)button["fallback"]!["type"]!);
            Assert.True(JsonNode.DeepEquals(button["data"], button["fallback"]!["data"]));
            Assert.DoesNotContain(Small(question).Kind, new[] { AnswerKind.NotUnderstood, AnswerKind.Help });
        }
    }

    [Fact]
    public void Build_NotUnderstood_IncludesHowToAskAndTheHelpCard()
    {
        var card = CardOf(Small("今日の天気は?"));

        var texts = CardJson.Texts(card);
        Assert.Contains(QuestionTexts.HelpLines[0], texts);
        Assert.Contains("PlanBot の使い方", texts);
        Assert.Contains("ヘルプ", texts);
        Assert.DoesNotContain("リマインド送信", texts);
    }

    [Fact]
    public void Build_HelpForAdmin_IncludesAdminCommands()
    {
        var texts = CardJson.Texts(CardJson.Of(AnswerCard.Build(Small("ヘルプ"), showAdminCommands: true)));

        Assert.Contains(QuestionTexts.HelpHeading, texts);
        Assert.Contains("リマインド送信", texts);
    }

    [Theory]
    [InlineData("一覧")]
    [InlineData("未回答の人は?")]
    [InlineData("計画")]
    [InlineData("KGI")]
    [InlineData("進捗状況")]
    [InlineData("取組1の状況")]
    [InlineData("誰が担当?")]
    [InlineData("履歴")]
    [InlineData("前期から変わった取組")]
    [InlineData("取組1、2、3、4、5、6、7、8、9、10の状況")] // 20 sub-themes
    [InlineData("取組1〜15の状況")] // 15 initiatives, 25 sub-themes: the longest list shown in full
    public void Build_LargestRealisticAnswer_FarBelowTeamsLimit(string question)
    {
        // All 35 sub-themes with 500-character comments (escaped < > & included), 14 plan lines each, 105 owners.
        var card = AdaptiveCardSerializer.ToAttachment(AnswerCard.Build(Ask(Large(commentLength: 500), question, Yamamoto)));
        output.WriteLine($"{question}: {card.Utf8Bytes} bytes UTF-8, {card.Utf16Bytes} bytes UTF-16");

        // The full list of 15 initiatives (25 sub-themes, about 63 KB) is the largest, then the plan answer (15 items × 11
        // lines, about 53 KB). Teams refuses about 100 KB; the reference advises staying under 80 KB, and so do we.
        Assert.True(card.Utf16Bytes < 80 * 1024, $"'{question}' card is {card.Utf16Bytes} bytes (UTF-16, as Teams counts)");
    }

    public static TheoryData<string> HostileTexts =>
    [
        "**太字** _斜体_ [リンク](https://evil.example) ![画像](https://evil.example/x.png)",
        "\"}]},{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}],\"x\":{\"y\":\"",
        "<at>全員</at> <script>alert(1)</script> &amp; \\u0022 \\\" {{DATE(2026-01-01T00:00:00Z)}} ${$root}",
        "- 箇条書き\n1. 番号\n# 見出し\r\n\t> 引用 `code`",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Build_CommentWithMarkupOrJson_ShownVerbatimWithoutChangingStructure(string comment)
    {
        var plain = CardOf(Ask(AnswerSamples.Small(), "取組5", Yamamoto));
        var hostile = CardOf(Ask(AnswerSamples.Small(comment5: comment), "取組5", Yamamoto));

        Assert.Equal(Skeleton(plain), Skeleton(hostile));
        var shown = DisplayText.Shorten(comment.Trim(), AnswerBuilder.MaxCommentLength).Text;
        Assert.Single(CardJson.OfType(hostile, "TextRun"), r => (string)r["text"]! == shown);
        Assert.DoesNotContain(CardJson.OfType(hostile, "TextBlock"), b => ((string)b["text"]!).Contains("evil", StringComparison.Ordinal));
        Assert.Empty(CardJson.OfType(hostile, "Action.OpenUrl"));
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Build_QuestionWithMarkupOrJson_EchoedOnlyInTextRuns(string question)
    {
        var card = CardOf(Ask(AnswerSamples.Small(), question, Yamamoto));

        Assert.DoesNotContain(CardJson.OfType(card, "TextBlock"), b => ((string)b["text"]!).Contains("evil", StringComparison.Ordinal));
        Assert.Empty(CardJson.OfType(card, "Action.OpenUrl"));
        Assert.All(CardJson.OfType(card, "Action.Execute"), a => Assert.Equal(AnswerCardVerbs.AskQuestion, (string)a["verb"]!));
    }

    [Fact]
    public void Build_AnyComment_SameStructureAndTextKeptVerbatim()
    {
        var plain = Skeleton(CardOf(Ask(AnswerSamples.Small(), "取組5", Yamamoto)));

        Gen.String[1, 200].Where(s => !string.IsNullOrWhiteSpace(s)).Sample(comment =>
        {
            var card = CardOf(Ask(AnswerSamples.Small(comment5: comment), "取組5", Yamamoto));
            var shown = DisplayText.Shorten(comment.Trim(), AnswerBuilder.MaxCommentLength).Text;
            return Skeleton(card) == plain && CardJson.OfType(card, "TextRun").Any(r => (string)r["text"]! == shown);
        }, iter: 200);
    }

    /// <summary>The card's shape without its text: every object's type and keys, in document order.</summary>
    private static string Skeleton(JsonNode card) =>
        string.Join("\n", CardJson.Objects(card).Select(o => $"{o["type"]}:{string.Join(",", o.Select(p => p.Key))}"));
}
