using System.Text.Json.Nodes;
using CsCheck;
using PlanBot.Domain.Digest;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Digest;
using PlanBot.Teams.Tests.Cards;
using Xunit.Abstractions;
using static PlanBot.Teams.Tests.Digest.SeedWeek;

namespace PlanBot.Teams.Tests.Digest;

/// <summary>The digest card of the real seed plan, built from digests the real <see cref="DigestBuilder"/> made of a scripted week.</summary>
public sealed class DigestCardTests(ITestOutputHelper output)
{
    /// <summary>A comment that tries to close the JSON, add a button, and use markdown and a mention; cut to fit a line by the digest.</summary>
    private const string HostileComment = "\"}]},{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"} **至急** [押して](https://evil.example) <at>全員</at>";

    private const string HostileName = "**田中** [x](https://evil.example) \"}";

    private static readonly WeeklyDigest Week = Build();

    private static readonly JsonObject WeekCard = CardJson.Of(DigestCard.Build(Week));

    public static TheoryData<string> States => new()
    {
        "scripted week",
        "closed cycle",
        "member",
        "member who answered everything",
        "member with nothing in the plan",
        "empty",
        "year without a plan",
        "large",
        "hostile",
    };

    private static WeeklyDigest StateOf(string state) => state switch
    {
        "scripted week" => Week,
        "closed cycle" => Build(cycle: ReminderCycleState.Closed),
        "member" => Build(DigestScope.ForAsker(Hanako)),
        "member who answered everything" => Build(DigestScope.ForAsker(Saburo)),
        "member with nothing in the plan" => Build(DigestScope.ForAsker(Outsider)),
        "empty" => Empty(),
        "year without a plan" => Empty(new DateOnly(2027, 5, 10)),
        "large" => Large(),
        "hostile" => Hostile(HostileComment, HostileName),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    [AdaptiveCardSchemaTheory]
    [MemberData(nameof(States))]
    public void Build_EveryState_ValidAdaptiveCard15(string state)
    {
        AdaptiveCardSchema.Shared.AssertValid(DigestCard.Build(StateOf(state)));
    }

    [Theory]
    [MemberData(nameof(States))]
    public void Build_EveryState_NothingToPressAndFullWidth(string state)
    {
        var card = CardJson.Of(DigestCard.Build(StateOf(state)));

        Assert.DoesNotContain(CardJson.Objects(card), o => ((string?)(o["type"] as JsonValue))?.StartsWith("Action.", StringComparison.Ordinal) == true);
        Assert.Null(card["actions"]);
        Assert.Equal("Full", (string?)card["msteams"]?["width"]);
        Assert.StartsWith("週次ダイジェスト ", (string)card["fallbackText"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ScriptedWeek_HeadingQuarterAndAnswerRate()
    {
        var texts = CardJson.Texts(WeekCard);

        Assert.Equal("週次ダイジェスト 2027年1月4日", texts[0]);
        Assert.Equal("2026年度 第4四半期（残り 59 営業日）", texts[1]);
        Assert.Equal("週次ダイジェスト 2027年1月4日", (string)WeekCard["fallbackText"]!);
        Assert.Contains("【回答状況】2026年度 第3四半期", texts);

        // 35 sub-themes have a 2026 plan, 9 are answered; of 8 owners only 総務 三郎 has nothing left (11-1, 12-1).
        var rate = Lines(WeekCard).Single(l => l.Contains("項目 ", StringComparison.Ordinal));
        Assert.Equal("■■■□□□□□□□ 項目 9/35件（26%）・担当者 1/8人（13%）", rate);
    }

    [Fact]
    public void Build_ClosedCycle_SaysSoInTheCycleHeading()
    {
        Assert.Contains("【回答状況】2026年度 第3四半期（締切済み）", CardJson.Texts(CardJson.Of(DigestCard.Build(Build(cycle: ReminderCycleState.Closed)))));
    }

    [Fact]
    public void Build_ScriptedWeek_OverallCountsAsBarsOfTheirShare()
    {
        var lines = Lines(WeekCard);

        Assert.Contains("【状況】2026年度 第3四半期（35件）", CardJson.Texts(WeekCard));
        Assert.Equal(
        [
            "完了　 ■ 2件",
            "順調　 ■ 2件",
            "要注意 ■ 2件",
            "遅延　 ■ 3件",
            "未回答 □□□□□□□ 26件",
        ],
            lines.SkipWhile(l => !l.StartsWith("完了", StringComparison.Ordinal)).Take(5));
    }

    [Fact]
    public void Build_ScriptedWeek_EveryStrategyWithItsCountsAndOneCellPerSubTheme()
    {
        var lines = Lines(WeekCard);

        Assert.Contains("■ 1マス＝1件・□ は未回答", CardJson.Texts(WeekCard));
        Assert.Equal(11, Week.ByStrategy.Count);
        foreach (var strategy in Week.ByStrategy)
        {
            var title = DigestTexts.Strategy(strategy.StrategyNumber, strategy.ShortTitle);
            var bar = lines[lines.IndexOf(title) + 1];
            var counts = string.Join(" ", strategy.Counts.Series.Where(s => s.Count > 0).Select(s => DigestTexts.Count(s.Status, s.Count)));
            Assert.EndsWith("  " + counts, bar, StringComparison.Ordinal);
            Assert.Equal(strategy.Counts.Total, bar.Count(c => c is '■' or '□'));
        }

        Assert.Equal("■■  順調1 遅延1", lines[lines.IndexOf("1. 「新生シリコンアイランド九州」の実現") + 1]);
        Assert.Equal("■□□□□□  遅延1 未回答5", lines[lines.IndexOf("2. 各産業の高度化・持続可能性向上・成長支援") + 1]);
    }

    [Fact]
    public void Build_ScriptedWeek_StrategyBarsInTheirStatusColours()
    {
        var blocks = CardJson.OfType(WeekCard, "RichTextBlock").ToList();
        var title = blocks.FindIndex(b => Lines(b).Single() == "1. 「新生シリコンアイランド九州」の実現");
        var bar = blocks[title + 1]["inlines"]!.AsArray();

        Assert.Equal(
            [("■", "accent", null), ("■", "attention", null), ("  順調1 遅延1", null, true)],
            bar.Select(r => ((string)r!["text"]!, (string?)r["color"], (bool?)r["isSubtle"])));
        Assert.Equal(("□", (string?)null, (bool?)true), Cells(blocks, "4. 産学官連携によるイノベーションエコシステム構築…"));
    }

    private static (string, string?, bool?) Cells(List<JsonObject> blocks, string strategyTitle)
    {
        var run = blocks[blocks.FindIndex(b => Lines(b).Single() == strategyTitle) + 1]["inlines"]![0]!;
        return ((string)run["text"]!, (string?)run["color"], (bool?)run["isSubtle"]);
    }

    [Fact]
    public void Build_ScriptedWeek_NewlyDelayedItemWithItsComment()
    {
        var lines = Lines(WeekCard);

        var delayed = lines.IndexOf(DigestTexts.NewlyDelayed);
        Assert.True(delayed > 0);
        Assert.Equal(
        [
            "・5-2 ②地域企業による地域農業への、人的支援、副業認…（地域 花子・12/28・要注意→遅延）",
            "\u3000「農業法人との調整が長引いています」",
            "・8-1 地域脱炭素達成のための省エネ・脱炭素技術実装支援（産業 二郎・12/28・順調→遅延）",
            "\u3000「実証先の工場の稼働が止まっています」",
            DigestTexts.NewlyAtRisk,
        ],
            lines.Skip(delayed + 1).Take(5));

        // The comment is shown once, under the change it explains.
        Assert.Single(lines, l => l.Contains(DelayComment, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ScriptedWeek_OtherCommentsWithWhoAndWhen()
    {
        var lines = Lines(WeekCard);

        var comments = lines.IndexOf(DigestTexts.Comments);
        Assert.True(comments > lines.IndexOf(DigestTexts.NewlyCompleted));
        Assert.Equal("・12/28 産業 二郎（1-1 順調）: 次回の協議会は2月です", lines[comments + 1]);
        Assert.Contains("・20-1 防災DXの官民共創 (災害対策高度化支援、 防…（防災 五郎・1/4・順調→完了）", lines);
        Assert.Contains("\u3000「訓練を実施しました」", lines);
        Assert.DoesNotContain(lines, l => l.Contains("人員が不足しています", StringComparison.Ordinal)); // before the last digest
    }

    [Fact]
    public void Build_ScriptedWeek_UnansweredPeopleByDepartment()
    {
        var lines = Lines(WeekCard);

        var heading = lines.IndexOf(DigestTexts.UnansweredHeading);
        Assert.Equal(
        [
            "・産業振興部（7件）: 産業 一郎、産業 二郎",
            "・地域共創部（10件）: 地域 花子、地域 太郎",
            "・経営企画室（1件）: 企画 四郎",
            "・SR-防災（4件）: 防災 五郎",
            "・（部署未設定）（4件）: 管理 者",
        ],
            lines.Skip(heading + 1).Take(5));
        Assert.DoesNotContain(lines, l => l.StartsWith("・総務国際部", StringComparison.Ordinal)); // 総務 三郎 answered everything

        var department = CardJson.OfType(WeekCard, "RichTextBlock").Single(b => Lines(b).Single().StartsWith("・産業振興部", StringComparison.Ordinal));
        Assert.Equal("bolder", (string?)department["inlines"]![1]!["weight"]);
    }

    [Fact]
    public void Build_ScriptedWeek_KgisDueAndAtRiskWithTheirTargets()
    {
        var lines = Lines(WeekCard);

        var heading = lines.FindIndex(l => l.StartsWith("【2026年度のKGI】", StringComparison.Ordinal));
        Assert.Equal($"【2026年度のKGI】{Week.Kgis.DueCount}件（完了 {Week.Kgis.CompletedCount}件・年度経過 {Week.Kgis.ElapsedPercent}%）", lines[heading]);
        var atRisk = Week.Kgis.AtRisk.Items;
        Assert.NotEmpty(atRisk);
        Assert.Equal("・2-1 半導体関連企業および半導体ユーザー企業の誘致・…: 遅延（20%）", lines[heading + 1]);
        Assert.Equal("\u3000目標: 日台協業案件10件(累計)", lines[heading + 2]);
        foreach (var kgi in atRisk)
        {
            Assert.Contains($"・{DigestTexts.SubTheme(kgi.SubTheme)}: {DigestTexts.KgiRisk(kgi)}", lines);
        }
    }

    [Fact]
    public void Build_Empty_SaysSoInEverySection()
    {
        var texts = CardJson.Texts(CardJson.Of(DigestCard.Build(Empty())));

        Assert.Equal("週次ダイジェスト 2026年11月30日", texts[0]);
        Assert.Equal("2026年度 第3四半期（残り 21 営業日）", texts[1]);
        Assert.Contains(DigestTexts.NoCycle, texts);
        Assert.Contains("【状況】2026年度 第3四半期（35件）", texts);
        Assert.Contains("未回答 □□□□□□□□□□ 35件", Lines(CardJson.Of(DigestCard.Build(Empty()))));
        Assert.Contains("【この7日間の変化】", texts);
        Assert.Contains("この7日間に変化はありません。", texts);
        Assert.Contains(DigestTexts.NoKgisAtRisk, texts);
    }

    [Fact]
    public void Build_YearWithoutAPlan_NoItemsAndNoKgis()
    {
        var card = CardJson.Of(DigestCard.Build(Empty(new DateOnly(2027, 5, 10))));

        var texts = CardJson.Texts(card);
        Assert.Contains(DigestTexts.NoItems, texts);
        Assert.Contains(DigestTexts.NoKgis, texts);
        Assert.DoesNotContain(DigestTexts.ByStrategyHeading, texts);
        Assert.DoesNotContain(Lines(card), l => l.Contains('■', StringComparison.Ordinal) || l.Contains('□', StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Member_OnlyTheirDepartmentsItemsAndPeople()
    {
        var digest = Build(DigestScope.ForAsker(Hanako));
        var card = CardJson.Of(DigestCard.Build(digest));

        var lines = Lines(card);
        Assert.Equal("地域 花子さんの担当と地域共創部の項目", lines[1]);
        Assert.Equal([2, 11], digest.ByStrategy.Select(s => s.StrategyNumber));
        Assert.Contains("2. 各産業の高度化・持続可能性向上・成長支援", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("1. ", StringComparison.Ordinal));
        Assert.Contains("・地域共創部（10件）: 地域 花子、地域 太郎", lines);
        foreach (var other in new[] { Ichiro, Jiro, Saburo, Shiro, Goro, Admin })
        {
            Assert.DoesNotContain(lines, l => l.Contains(other.Name, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(lines, l => l.Contains("産業振興部", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_MemberWhoAnsweredEverything_SaysEveryoneAnswered()
    {
        var card = CardJson.Of(DigestCard.Build(Build(DigestScope.ForAsker(Saburo))));

        var lines = Lines(card);
        Assert.Contains("■■■■■■■■■■ 項目 2/2件（100%）・担当者 1/1人（100%）", lines);
        var done = CardJson.OfType(card, "TextBlock").Single(b => (string)b["text"]! == DigestTexts.EveryoneAnswered);
        Assert.Equal("good", (string?)done["color"]);
        Assert.DoesNotContain(DigestTexts.UnansweredHeading, lines);
    }

    [Fact]
    public void Build_MemberWithNothingInThePlan_NothingAskedNoItems()
    {
        var texts = CardJson.Texts(CardJson.Of(DigestCard.Build(Build(DigestScope.ForAsker(Outsider)))));

        Assert.Contains(DigestTexts.NothingAsked, texts);
        Assert.Contains(DigestTexts.NoItems, texts);
        Assert.Contains(texts, t => t is "前回から変化はありません。" or "この7日間に変化はありません。");
        Assert.Contains(DigestTexts.NoKgis, texts);
    }

    [Fact]
    public void Build_Large_CappedListsSayHowManyMoreAndStayFarBelowTeamsLimit()
    {
        var digest = Large();
        var card = DigestCard.Build(digest);
        var size = AdaptiveCardSerializer.ToAttachment(card);
        output.WriteLine($"large digest card: {size.Utf16Bytes} bytes UTF-16, {size.Utf8Bytes} bytes UTF-8");

        // Every list is full and cut: the card shows the worst the default limits allow.
        Assert.All(
            new[] { digest.Changes.NewlyDelayed.More, digest.Changes.NewlyAtRisk.More, digest.Changes.NewlyCompleted.More, digest.Changes.Comments.More, digest.Cycle!.Unanswered.More },
            more => Assert.True(more > 0));
        Assert.All(digest.Cycle.Unanswered.Items, d => Assert.True(d.OwnerNames.More > 0));
        var lines = Lines(CardJson.Of(card));
        Assert.Contains(DigestTexts.More(digest.Changes.NewlyDelayed.More), lines);
        Assert.Contains(DigestTexts.More(digest.Cycle.Unanswered.More), lines);
        Assert.InRange(size.Utf16Bytes, 1, 40 * 1024);
    }

    [Fact]
    public void Build_HostileCommentAndName_SameStructureAndShownVerbatimOnlyInTextRuns()
    {
        var hostile = Hostile(HostileComment, HostileName);
        var benign = Hostile("予定どおり進めています", "田中 一");
        var hostileCard = CardJson.Of(DigestCard.Build(hostile));

        Assert.Equal(Skeleton(CardJson.Of(DigestCard.Build(benign))), Skeleton(hostileCard));

        var comment = hostile.Changes.Comments.Items.Single(c => c.SubTheme.Key == "5-2").Text;
        Assert.Contains("\"type\":\"Action.OpenUrl\"", comment, StringComparison.Ordinal); // survived the cut
        var runs = CardJson.OfType(hostileCard, "TextRun").Select(r => (string)r["text"]!).ToList();
        Assert.Contains(runs, r => r.Contains(comment, StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains(HostileName, StringComparison.Ordinal));
        Assert.All(
            CardJson.OfType(hostileCard, "TextBlock").Select(b => (string)b["text"]!),
            text => Assert.False(text.Contains("evil", StringComparison.Ordinal) || text.Contains("**", StringComparison.Ordinal), text));
        Assert.DoesNotContain(CardJson.Objects(hostileCard), o => (string?)(o["type"] as JsonValue) == "Action.OpenUrl");
    }

    [Fact]
    public void Build_AnyComment_SameStructureAndShownAsWrittenUnderItsChange()
    {
        var plain = Skeleton(CardJson.Of(DigestCard.Build(Hostile("予定どおり進めています", "田中 一"))));

        Gen.String[1, 120].Where(s => !string.IsNullOrWhiteSpace(s)).Sample(comment =>
        {
            var digest = Hostile(comment, "田中 一");
            var card = CardJson.Of(DigestCard.Build(digest));
            var shown = "\u3000「" + digest.Changes.Comments.Items.Single(c => c.SubTheme.Key == "5-2").Text + "」";
            return Skeleton(card) == plain && CardJson.OfType(card, "TextRun").Any(r => (string)r["text"]! == shown);
        }, iter: 100);
    }

    [Fact]
    public void Build_StrategyLargerThanTheBar_DrawnAtACoarserScaleAndSaysSo()
    {
        var large = new StrategyStatusCounts(12, "大きな戦略", new StatusCounts([.. StatusCounts.Order.Select(s => new StatusCount(s, s is null ? 30 : s == ProgressStatus.Delayed ? 6 : 0))]));
        var card = CardJson.Of(DigestCard.Build(Week with { ByStrategy = [.. Week.ByStrategy, large] }));

        var lines = Lines(card);
        Assert.Contains("■ 1マス＝約2件・□ は未回答", lines);
        Assert.Equal("■■■□□□□□□□□□□□□□□□  遅延6 未回答30", lines[lines.IndexOf("12. 大きな戦略") + 1]);
        Assert.Equal("■■  順調1 遅延1", lines[lines.IndexOf("1. 「新生シリコンアイランド九州」の実現") + 1]); // one cell each, rounded up
    }

    /// <summary>The text of each RichTextBlock (its runs joined) and TextBlock, in document order.</summary>
    private static List<string> Lines(JsonNode card) =>
        [.. CardJson.Objects(card)
            .Where(o => (string?)(o["type"] as JsonValue) is "RichTextBlock" or "TextBlock")
            .Select(o => o["inlines"] is JsonArray runs ? string.Concat(runs.Select(r => (string)r!["text"]!)) : (string)o["text"]!)];

    /// <summary>The card with every text emptied: what a comment could change if it escaped its value.</summary>
    private static string Skeleton(JsonObject card)
    {
        var copy = card.DeepClone();
        foreach (var node in CardJson.Objects(copy).Where(o => o.ContainsKey("text")).ToList())
        {
            node["text"] = string.Empty;
        }

        copy["fallbackText"] = string.Empty;
        return copy.ToJsonString();
    }

    /// <summary>
    /// The worst the default limits allow on the seed plan: a roster of eight per department, every sub-theme
    /// reported 順調 in October, then since the last digest half of them answer 2026Q3 and the other half correct
    /// 2026Q2 late (so the cycle still misses them), turning 遅延, 要注意 or 完了 in turn, each with a long comment.
    /// </summary>
    private static WeeklyDigest Large()
    {
        var departments = Plan.Initiatives.Select(i => i.Department).OfType<string>().Distinct().ToList();
        var roster = new PersonDirectory(
        [
            .. departments.SelectMany((d, di) => Enumerable.Range(1, 8).Select(i => new Person($"{d} 担当者{i:00}", $"p{di}-{i}@example.jp", null, d, PersonRole.Member))),
            Admin,
        ]);
        var owners = Ownership.Resolve(Plan, roster, Assignments);
        var statuses = new[] { ProgressStatus.Delayed, ProgressStatus.AtRisk, ProgressStatus.Completed };
        var reports = new List<ProgressReport>();
        var keys = Plan.SubThemes.Select(s => s.Key).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            var by = owners.OwnersOf(keys[i])[0];
            reports.Add(Report(keys[i], "2026Q2", ProgressStatus.OnTrack, 40, null, by, Jst(2026, 10, 5, 10, 0)));
            var comment = string.Concat(Enumerable.Repeat($"{keys[i]}の状況について、関係先との調整内容と今後の見通しを詳しく報告します。", 4));
            reports.Add(Report(keys[i], i % 2 == 0 ? "2026Q3" : "2026Q2", statuses[i % 3], 10 + i, comment, by, PreviousDigest.AddHours(1 + i)));
        }

        return SeedWeek.Build(reports, roster, DigestScope.Everything, ReminderCycleState.Open);
    }

    /// <summary>The scripted week with 地域 花子 renamed <paramref name="name"/> and her delay comment and 1-1's comment replaced.</summary>
    private static WeeklyDigest Hostile(string comment, string name)
    {
        var roster = new PersonDirectory(Roster.People.Select(p => p == Hanako ? p with { Name = name } : p));
        var reports = Reports
            .Select(r => r.Comment is DelayComment or "次回の協議会は2月です" ? r with { Comment = comment } : r)
            .ToList();
        return SeedWeek.Build(reports, roster, DigestScope.Everything, ReminderCycleState.Open);
    }
}
