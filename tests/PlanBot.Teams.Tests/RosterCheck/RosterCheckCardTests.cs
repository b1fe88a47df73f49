using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Plans;
using PlanBot.Teams.Cards;
using PlanBot.Teams.RosterCheck;
using PlanBot.Teams.Tests.Cards;

namespace PlanBot.Teams.Tests.RosterCheck;

public sealed class RosterCheckCardTests
{
    /// <summary>Teams refuses an Adaptive Card above 28 KB.</summary>
    private const int TeamsCardLimitBytes = 28 * 1024;

    private static readonly FiscalQuarter Q3 = new(2026, 3);

    private static readonly Person Tanaka = new("田中 一郎", "tanaka@example.jp", "8c1f7a52-7d3e-4a39-9a53-0f6f2c8d1e01", "産業振興部", PersonRole.Member);

    private static readonly Person Ito = new("伊藤 **四郎**", "ito@example.jp", null, null, PersonRole.Member);

    private static readonly Person Admin = new("佐藤 次郎", "sato@example.jp", null, "経営企画室", PersonRole.Admin);

    private static readonly ActionPlan Plan = new("計画", [PlanPeriod.YearActions(2026)],
    [
        new Strategy(1, "戦略",
        [
            new Initiative(5, "農業の持続的成長", "地域共創部", 1, [new SubTheme(5, 1, "①域外企業の農業参入促進", [])]),
            new Initiative(15, "会員サービスの向上", null, 1, [new SubTheme(15, 1, null, [])]),
            new Initiative(20, "進捗管理", "経営企画室", 1, [new SubTheme(20, 1, null, [])]),
        ]),
    ]);

    private static RosterCheckReport EveryFinding()
    {
        var roster = new PersonDirectory([Tanaka, Ito, Admin]);
        return RosterCheckReport.Build(
            roster,
            [
                new TeamMemberList("九経連", [new MemberIdentity(Admin.AadObjectId, "SATO@example.jp", "佐藤 次郎"), new MemberIdentity(null, "stranger@example.jp", "部外 [者](https://x.jp)")]),
                new TeamMemberList("広報チーム", null),
            ],
            p => p == Tanaka,
            Ownership.Resolve(Plan, roster, []),
            Q3,
            [new UndeliveredCard(Ito, UndeliveredReason.NotFoundInTeams), new UndeliveredCard(Tanaka, UndeliveredReason.Retrying)],
            RosterCheckLimits.Default);
    }

    [AdaptiveCardSchemaFact]
    public void Build_EveryKindOfFinding_ValidAdaptiveCard15()
    {
        AdaptiveCardSchema.Shared.AssertValid(RosterCheckCard.Build(EveryFinding()));
    }

    [AdaptiveCardSchemaFact]
    public void Build_NoTeams_ValidAdaptiveCard15()
    {
        AdaptiveCardSchema.Shared.AssertValid(RosterCheckCard.Build(NoTeams()));
    }

    [AdaptiveCardSchemaFact]
    public void Build_HugeRoster_ValidAdaptiveCard15()
    {
        AdaptiveCardSchema.Shared.AssertValid(RosterCheckCard.Build(Huge()));
    }

    [Fact]
    public void Build_EveryKindOfFinding_ShowsCountsAndEachListWithItsEntries()
    {
        var texts = CardJson.Texts(CardJson.Of(RosterCheckCard.Build(EveryFinding())));

        Assert.Equal(
            [
                "名簿確認",
                "確認できなかったチーム（1件）",
                "広報チーム",
                "名簿に登録されていない Teams ユーザー（1名）",
                "部外 [者](https://x.jp) stranger@example.jp",
                "Teams で見つからない名簿の方（1名）",
                "伊藤 **四郎** （部署未設定） ito@example.jp",
                "担当者のいない取組（2件）",
                "5. 農業の持続的成長 / ①域外企業の農業参入促進 地域共創部の方が名簿にいません",
                "15. 会員サービスの向上 担当部署が未設定で、担当者も割り当てられていません",
                "2026年度 第3四半期のリマインドカードが届いていない方（2名）",
                "伊藤 **四郎** （部署未設定）: Teams で見つかりません（再試行中）",
                "田中 一郎 （産業振興部）: 送信に失敗しました（再試行中）",
            ],
            Rows(RosterCheckCard.Build(EveryFinding())));
        Assert.Contains("3名", texts);
        Assert.Contains("2名", texts);
        Assert.Contains("1件", texts);
    }

    [Fact]
    public void Build_Summary_IsRosterFoundAndTeamsSearched()
    {
        var facts = CardJson.OfType(CardJson.Of(RosterCheckCard.Build(EveryFinding())), "FactSet")
            .Single()["facts"]!.AsArray()
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

        Assert.Equal(new Dictionary<string, string> { ["名簿"] = "3名", ["Teams で確認できた方"] = "2名", ["確認したチーム"] = "1件" }, facts);
    }

    [Fact]
    public void Build_NamesFromPeople_OnlyInTextRunsWhichClientsNeverReadAsMarkdown()
    {
        var card = CardJson.Of(RosterCheckCard.Build(EveryFinding()));

        var blocks = CardJson.OfType(card, "TextBlock").Select(b => (string)b["text"]!).ToArray();
        var runs = CardJson.OfType(card, "TextRun").Select(r => (string)r["text"]!).ToArray();
        Assert.DoesNotContain(blocks, b => b.Contains("四郎", StringComparison.Ordinal) || b.Contains("x.jp", StringComparison.Ordinal) || b.Contains("広報チーム", StringComparison.Ordinal));
        Assert.Contains("・伊藤 **四郎**", runs);
        Assert.Contains("・部外 [者](https://x.jp)", runs);
    }

    [Fact]
    public void Build_NoTeams_SaysPlanBotIsInNoTeamAndHowToAddIt()
    {
        var texts = CardJson.Texts(CardJson.Of(RosterCheckCard.Build(NoTeams())));

        Assert.Contains(texts, t => t.Contains("どのチームにも追加されていない", StringComparison.Ordinal) && t.Contains("PlanBot を追加してください", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("Teams で見つからない名簿の方", StringComparison.Ordinal));
        Assert.Contains("今期のリマインドはまだ始まっていません。", texts);
        Assert.Contains("アクションプランがまだ取り込まれていないため、担当は確認していません。", texts);
    }

    [Fact]
    public void Build_EverythingInOrder_EachListSaysThereIsNone()
    {
        var roster = new PersonDirectory([Tanaka]);
        var check = RosterCheckReport.Build(roster, [new TeamMemberList("九経連", [new MemberIdentity(Tanaka.AadObjectId, null, Tanaka.Name)])], _ => false, null, Q3, [], RosterCheckLimits.Default);

        var texts = CardJson.Texts(CardJson.Of(RosterCheckCard.Build(check)));

        Assert.Contains("名簿に登録されていない Teams ユーザー（0名）", texts);
        Assert.Contains("Teams で見つからない名簿の方（0名）", texts);
        Assert.Contains("2026年度 第3四半期のリマインドカードが届いていない方（0名）", texts);
        Assert.Equal(3, texts.Count(t => t == "ありません。"));
    }

    [Fact]
    public void Build_HugeRoster_ListsTheFirstTenAndCountsTheRest()
    {
        var texts = CardJson.Texts(CardJson.Of(RosterCheckCard.Build(Huge())));

        Assert.Contains("名簿に登録されていない Teams ユーザー（1000名）", texts);
        Assert.Contains("ほか 990名", texts);
        Assert.Contains("Teams で見つからない名簿の方（1000名）", texts);
        Assert.Contains("2026年度 第3四半期のリマインドカードが届いていない方（500名）", texts);
        Assert.Contains("ほか 490名", texts);
        Assert.Contains("担当者のいない取組（200件）", texts);
        Assert.Contains("ほか 190件", texts);
    }

    [Fact]
    public void Build_HugeRosterWithLongNames_FarUnderTeamsCardLimit()
    {
        var card = RosterCheckCard.Build(Huge());

        var size = AdaptiveCardSerializer.ToAttachment(card);

        Assert.True(size.Utf8Bytes < 20 * 1024, $"{size.Utf8Bytes} bytes (UTF-8)");
        Assert.Equal(4 * RosterCheckLimits.Default.MaxListItems, CardJson.OfType(CardJson.Of(card), "RichTextBlock").Count());
        Assert.True(size.Utf16Bytes < TeamsCardLimitBytes, $"{size.Utf16Bytes} bytes (UTF-16)");
    }

    [Fact]
    public void Build_LongName_CutWithAnEllipsis()
    {
        var longName = new string('長', 200);
        var check = RosterCheckReport.Build(new PersonDirectory([]), [new TeamMemberList("T", [new MemberIdentity(null, "x@example.jp", longName)])], _ => false, null, null, [], RosterCheckLimits.Default);

        var runs = CardJson.OfType(CardJson.Of(RosterCheckCard.Build(check)), "TextRun").Select(r => (string)r["text"]!);

        Assert.Contains("・" + new string('長', RosterCheckCard.MaxNameLength - 1) + "…", runs);
    }

    [Fact]
    public void Build_FallbackText_CarriesCountsHeadingsAndNames()
    {
        var fallback = RosterCheckCard.Build(EveryFinding()).FallbackText!;

        Assert.StartsWith("名簿確認\n名簿: 3名\nTeams で確認できた方: 2名\n確認したチーム: 1件\n", fallback, StringComparison.Ordinal);
        Assert.Contains("【名簿に登録されていない Teams ユーザー（1名）】\n名簿にない方は進捗を報告できません。必要な方は名簿に追加してください。\n部外 [者](https://x.jp)", fallback, StringComparison.Ordinal);
        Assert.Contains("【確認できなかったチーム（1件）】", fallback, StringComparison.Ordinal);
        Assert.Contains("\n伊藤 **四郎**、田中 一郎", fallback, StringComparison.Ordinal);
        Assert.Contains("\n5. 農業の持続的成長 / ①域外企業の農業参入促進、15. 会員サービスの向上", fallback, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HugeRoster_FallbackTextCountsTheRest()
    {
        var fallback = RosterCheckCard.Build(Huge()).FallbackText!;

        Assert.Contains("、ほか 990名", fallback, StringComparison.Ordinal);
        Assert.Contains("、ほか 190件", fallback, StringComparison.Ordinal);
    }

    /// <summary>The title, the section headings and each list row as a reader sees them (bullets dropped, runs joined).</summary>
    private static IReadOnlyList<string> Rows(Teams.Cards.Model.AdaptiveCard card)
    {
        var json = CardJson.Of(card);
        return [.. json["body"]!.AsArray()
            .Select(e => e!.AsObject())
            .Where(e => (string?)e["type"] == "RichTextBlock" || ((string?)e["type"] == "TextBlock" && (string?)e["weight"] == "bolder"))
            .Select(e => (string?)e["type"] == "TextBlock"
                ? (string)e["text"]!
                : string.Concat(e["inlines"]!.AsArray().Select(r => (string)r!["text"]!)).TrimStart('・'))];
    }

    private static RosterCheckReport NoTeams() =>
        RosterCheckReport.Build(new PersonDirectory([Tanaka, Admin]), [], _ => false, null, null, [], RosterCheckLimits.Default);

    /// <summary>1,000 unmatched users and 1,000 roster people nobody found, long names, 200 unowned sub-themes, 500 undelivered cards.</summary>
    private static RosterCheckReport Huge()
    {
        var padding = new string('名', 60);
        var people = Enumerable.Range(1, 1000)
            .Select(i => new Person($"名簿 {i} {padding}", $"person{i}.with.a.rather.long.address@departments.example.jp", null, $"部署{i % 40}{padding}", PersonRole.Member))
            .ToArray();
        var roster = new PersonDirectory(people);
        var members = Enumerable.Range(1, 1000)
            .Select(i => new MemberIdentity(Guid.NewGuid().ToString(), $"guest{i}.with.a.rather.long.address@partner-company.example.com", $"ゲスト {i} {padding}"))
            .ToArray();
        var plan = new ActionPlan("計画", [PlanPeriod.YearActions(2026)],
        [
            new Strategy(1, "戦略", [.. Enumerable.Range(1, 200).Select(i => new Initiative(i, $"取組 {i} {padding}", i % 2 == 0 ? null : $"無人の部{i}", 1, [new SubTheme(i, 1, $"副題 {padding}", [])]))]),
        ]);
        return RosterCheckReport.Build(
            roster,
            [new TeamMemberList("九経連", members)],
            _ => false,
            Ownership.Resolve(plan, roster, []),
            Q3,
            [.. people.Take(500).Select(p => new UndeliveredCard(p, UndeliveredReason.GivenUp))],
            RosterCheckLimits.Default);
    }
}
