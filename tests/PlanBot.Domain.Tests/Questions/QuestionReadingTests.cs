using PlanBot.Domain.People;
using PlanBot.Domain.Questions;
using static PlanBot.Domain.Tests.Questions.SeedQuestions;

namespace PlanBot.Domain.Tests.Questions;

/// <summary>How the parts of a question are read, on the real plan: titles, people, changes, and 「もしかして」.</summary>
public sealed class QuestionReadingTests
{
    private static PlanQuery Parse(string text, Person? asker = null) => QuestionParser.Parse(text, Context(asker ?? Yamamoto));

    [Theory]
    [InlineData("データ連携プラットフォームの状況", new[] { 17, 18 })] // two topic words together: the two titles that have them
    [InlineData("デジタル認証IDの状況", new[] { 18 })]
    [InlineData("ツールド九州の状況", new[] { 21 })] // the title without its ・
    [InlineData("木材サプライチェーン", new[] { 6 })] // a sub-theme's label
    [InlineData("省エネ・脱炭素の状況", new[] { 7, 8 })]
    public void Parse_DistinctiveTitleRun_SelectsItsInitiativesNotTheTopics(string text, int[] initiatives)
    {
        var query = Parse(text);

        Assert.Equal(initiatives, query.Scope.InitiativeNumbers);
        Assert.Empty(query.Topics);
        Assert.Empty(query.Unrecognised);
    }

    [Theory]
    [InlineData("半導体の状況", "半導体")] // a topic word alone stays the topic, although title 2 has it
    [InlineData("インターンシップの状況", "インターンシップ")]
    [InlineData("DXの状況", "DX")]
    public void Parse_TopicWordAlone_StaysATopic(string text, string topic)
    {
        var query = Parse(text);

        Assert.Equal([topic], query.Topics);
        Assert.Empty(query.Scope.InitiativeNumbers);
    }

    [Theory]
    [InlineData("predict the delays")] // "ict" of title 13 only as a whole word
    [InlineData("取組の状況")] // の取組 of title 15 is a particle and a generic word
    public void Parse_RunThatIsNotAName_SelectsNoInitiative(string text) => Assert.Empty(Parse(text).Scope.InitiativeNumbers);

    [Fact]
    public void Parse_TitleTerm_SaidBackAsThePlanWritesIt() =>
        Assert.Equal(["MICE"], Parse("mice誘致の状況").Scope.InitiativeTitleTerms.Take(1));

    [Theory]
    [InlineData("鈴木さんの担当", "suzuki@example.jp")]
    [InlineData("一郎さんの担当", "suzuki@example.jp")]
    [InlineData("鈴木一郎様の担当", "suzuki@example.jp")]
    [InlineData("鈴木 一郎氏の担当", "suzuki@example.jp")]
    [InlineData("誠さんの担当", "ito@example.jp")] // one-character given name, with an honorific
    [InlineData("Kobayashi@Example.jp の担当", "kobayashi@example.jp")]
    public void Parse_PersonByAnyName_FindsThem(string text, string email) =>
        Assert.Equal([email], Parse(text).Scope.People.Select(p => p.Email));

    [Fact]
    public void Parse_OneCharacterNameWithoutHonorific_IsNotAPerson() => Assert.Empty(Parse("誠実な対応の状況").Scope.People);

    [Fact]
    public void Parse_SharedFamilyName_IsUnderstoodOnlyInPartAndOffersEachPerson()
    {
        var query = Parse("佐藤さんの遅延");

        Assert.False(query.IsUnderstood);
        var name = Assert.Single(query.AmbiguousNames);
        Assert.Equal("佐藤", name.AsWritten);
        Assert.Equal([SatoHanako, SatoKen], name.Candidates);
        Assert.Equal(["佐藤 花子さんの遅延", "佐藤 健さんの遅延"], query.Alternatives.Select(a => a.Question));
    }

    [Fact]
    public void Execute_SharedName_MemberIsOfferedOnlyPeopleOfTheirDepartment()
    {
        var result = Ask("佐藤さんの遅延", Tanaka);

        Assert.Equal(["佐藤 花子さんの遅延"], result.Alternatives.Select(a => a.Question));
    }

    [Theory]
    [InlineData("産業部の遅延", "産業振興部の遅延")]
    [InlineData("遅廷の取組", "遅延の取組")]
    [InlineData("地域共想部の状況", "地域共創部の状況")]
    [InlineData("鈴本さんの担当", "鈴木 一郎さんの担当")]
    public void Parse_SlipOfThePen_OffersTheQuestionMeant(string text, string meant) =>
        Assert.Equal(meant, Parse(text).Alternatives.First().Question);

    [Theory]
    [InlineData("予算の状況")]
    [InlineData("天気はどう?")]
    [InlineData("産業部の遅延")]
    [InlineData("佐藤さんの担当")]
    [InlineData("ほげほげ")]
    [InlineData("すずきさんの担当")]
    public void Parse_Alternatives_AreEachUnderstoodInFull(string text)
    {
        var alternatives = Parse(text).Alternatives;

        Assert.InRange(alternatives.Count, 2, 3);
        foreach (var alternative in alternatives)
        {
            var query = Parse(alternative.Question);
            Assert.True(query.IsUnderstood, alternative.Question);
            Assert.Empty(query.Unrecognised);
        }
    }

    [Fact]
    public void Parse_WordSharingAOneCharacterName_IsNotOfferedAsThatPerson() =>
        Assert.DoesNotContain(Parse("健康DXの状況").Alternatives, a => a.PersonEmail is not null);

    [Theory]
    [InlineData("取組5〜7の状況", new[] { 5, 6, 7 })]
    [InlineData("取組5～7の状況", new[] { 5, 6, 7 })] // full-width tilde
    [InlineData("取組5から8までの進捗", new[] { 5, 6, 7, 8 })]
    [InlineData("取組5から取組7", new[] { 5, 6, 7 })]
    [InlineData("取組1、3〜5と9", new[] { 1, 3, 4, 5, 9 })]
    [InlineData("initiatives 5 to 7", new[] { 5, 6, 7 })]
    [InlineData("#20〜#22の状況", new[] { 20, 21, 22 })]
    [InlineData("取組7〜5の状況", new[] { 5, 7 })] // backwards: its two ends only
    [InlineData("取組1〜999の状況", new[] { 1, 999 })] // wider than any plan: its two ends only
    public void Parse_RangeOfInitiatives_ReadsEveryNumberInIt(string text, int[] initiatives) =>
        Assert.Equal(initiatives, Parse(text).Scope.InitiativeNumbers);

    [Fact]
    public void Parse_RangeOfStrategies_ReadsEveryNumberInIt() => Assert.Equal([2, 3, 4], Parse("重点戦略2〜4の遅延").Scope.StrategyNumbers);

    [Fact]
    public void Parse_NothingButKana_SaysWhatItCouldNotRead() => Assert.Equal(["すずき"], Parse("すずきさんの担当").Unrecognised);

    [Theory]
    [InlineData("前期から悪化した取組", ChangeDirection.Worse, null)]
    [InlineData("悪化した取組", ChangeDirection.Worse, null)]
    [InlineData("前期より良くなった", ChangeDirection.Better, null)]
    [InlineData("先週から変わったのは?", ChangeDirection.Any, "2026-11-21")]
    [InlineData("今週更新された取組", ChangeDirection.Reported, "2026-11-23")]
    [InlineData("昨日からの変化", ChangeDirection.Any, "2026-11-27")]
    [InlineData("先月から悪化した", ChangeDirection.Worse, "2026-10-28")]
    [InlineData("3日前から変わった", ChangeDirection.Any, "2026-11-25")]
    [InlineData("what changed since last week", ChangeDirection.Any, "2026-11-21")]
    [InlineData("worse since last quarter", ChangeDirection.Worse, null)]
    public void Parse_Change_ReadsDirectionAndDay(string text, ChangeDirection direction, string? since)
    {
        var query = Parse(text);

        Assert.Equal(new QueryChange(direction, since is null ? null : DateOnly.Parse(since, System.Globalization.CultureInfo.InvariantCulture)), query.Change);
        Assert.Null(query.Period);
    }

    [Fact]
    public void Parse_LastMonthAlone_IsStillAPeriod()
    {
        var query = Parse("先月の遅延");

        Assert.Null(query.Change);
        Assert.Equal("2026Q3", query.Period?.ToString());
    }

    [Theory]
    [InlineData("2四半期続けて遅延", 2)]
    [InlineData("3期連続で遅れている", 3)]
    [InlineData("連続で遅延", 2)]
    [InlineData("delayed three quarters in a row", 3)]
    public void Parse_Streak_IsNotReadAsAQuarter(string text, int quarters)
    {
        var query = Parse(text);

        Assert.Equal(quarters, query.Streak);
        Assert.Null(query.Period);
    }

    [Theory]
    [InlineData("担当者ごとの進捗", QueryIntent.ProgressSummary, QueryGrouping.Owner)]
    [InlineData("戦略別の状況", QueryIntent.ProgressSummary, QueryGrouping.Strategy)]
    [InlineData("担当部署ごとの件数", QueryIntent.Count, QueryGrouping.Department)]
    [InlineData("取組9は誰が担当?", QueryIntent.Owners, QueryGrouping.Department)]
    [InlineData("取組9の担当部署は?", QueryIntent.Owners, QueryGrouping.Department)]
    [InlineData("取組9の推移", QueryIntent.History, QueryGrouping.Department)]
    public void Parse_WhatIsAskedFor(string text, QueryIntent intent, QueryGrouping grouping)
    {
        var query = Parse(text);

        Assert.Equal(intent, query.Intent);
        Assert.Equal(grouping, query.Grouping);
    }

    [Theory]
    [InlineData("担当部署なしの取組")]
    [InlineData("部署が決まっていない取組")]
    [InlineData("which initiatives have no department")]
    public void Parse_NoDepartment_IsAScope(string text)
    {
        var query = Parse(text);

        Assert.True(query.Scope.NoDepartment);
        Assert.Equal(QueryIntent.List, query.Intent);
    }

    [Theory]
    [InlineData("鈴木さんの担当は?")] // 担当は after a person is their items, not a question about owners
    [InlineData("私の担当は?")]
    public void Parse_OwnersWordAfterAPerson_AsksForTheirItems(string text) => Assert.Equal(QueryIntent.List, Parse(text).Intent);
}

/// <summary>Every example question the help and the README give is one PlanBot reads in full.</summary>
public sealed partial class QuestionExampleTests
{
    public static TheoryData<string> Examples()
    {
        var readme = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(Import.SeedDocument.Path)!, "..", "README.md"))
            .Where(line => line.Contains("a question:", StringComparison.Ordinal));
        return [.. QuestionTexts.HelpLines.Concat(QuestionTexts.DefaultSuggestions.Select(s => $"「{s}」")).Concat(readme)
            .SelectMany(line => Quoted().Matches(line).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsUnderstoodInFull(string example)
    {
        var query = QuestionParser.Parse(example, SeedQuestions.Context(SeedQuestions.Yamamoto));

        Assert.True(query.IsUnderstood, example);
        Assert.Empty(query.Unrecognised);
    }

    [System.Text.RegularExpressions.GeneratedRegex("「([^「」]+)」")]
    private static partial System.Text.RegularExpressions.Regex Quoted();
}
