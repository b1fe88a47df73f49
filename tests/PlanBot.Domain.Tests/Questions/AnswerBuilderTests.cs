using PlanBot.Domain.Calendar;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Questions;
using static PlanBot.Domain.Tests.Questions.QuestionFixtures;

namespace PlanBot.Domain.Tests.Questions;

public sealed class AnswerBuilderTests
{
    private static Answer Build(string question, PlanBot.Domain.People.Person asker) => AnswerBuilder.Build(Ask(question, asker));

    [Fact]
    public void Build_Q3Delays_HeadingRestatesWhatWasUnderstoodWithCount()
    {
        var answer = Build("第3四半期の遅延は?", Yamamoto);

        Assert.Equal(AnswerKind.Items, answer.Kind);
        Assert.Equal("2026年度 第3四半期・遅延: 3件", answer.Heading);
        Assert.Equal("対象: すべての部署", answer.Scope);
        Assert.Equal(
            ["重点戦略1 「新生シリコンアイランド九州」の実現", "重点戦略2 各産業の高度化・持続可能性向上・成長支援"],
            answer.Groups.Take(2).Select(g => g.Title));
    }

    [Fact]
    public void Build_Item_CarriesDepartmentOwnerStatusProgressReporterDateAndComment()
    {
        var item = Build("第3四半期の遅延", Yamamoto).Groups.SelectMany(g => g.Items).Single(i => i.Title.StartsWith("5. ", StringComparison.Ordinal));

        Assert.Equal("5. 地域企業の環境経営の支援", item.Title);
        Assert.Equal(
            ["部署: 地域共創部", "担当: 鈴木 一郎", "状況: 遅延", "進捗: 10%", "報告者: 鈴木 一郎", "報告日: 2026/11/20(2026年度 第3四半期)", "コメント: 講師の都合で延期"],
            item.Facts.Select(f => $"{f.Label}: {f.Value}"));
    }

    [Fact]
    public void Build_FewItems_HeadedByTheTally()
    {
        var answer = Build("第3四半期の遅延", Yamamoto);

        Assert.Equal([new AnswerFact("全体", "3件(遅延 3) 平均進捗 23.3%")], answer.Facts);
        Assert.Equal(3, answer.Groups.Sum(g => g.Items.Count));
    }

    [Fact]
    public void Build_ProgressOfADepartment_KeepsTheTallyAndListsItsItems()
    {
        var answer = Build("地域共創部の状況", Yamamoto);

        Assert.Equal(AnswerKind.Summary, answer.Kind);
        Assert.Equal("地域共創部の進捗状況(4件)", answer.Heading);
        Assert.Equal([new AnswerFact("地域共創部", "4件(未着手 1、要注意 1、遅延 2) 平均進捗 18.8%")], answer.Facts);
        Assert.Equal(
            ["4. 食品の輸出拡大に向けた官民共同プロモーションによる各種輸出フェア等の連携実施 ①輸出フェア",
             "4. 食品の輸出拡大に向けた官民共同プロモーションによる各種輸出フェア等の連携実施 ②販路開拓",
             "5. 地域企業の環境経営の支援", "19. 九州MaaSの推進"],
            answer.Groups.SelectMany(g => g.Items).Select(i => i.Title));
    }

    [Fact]
    public void Build_OneInitiative_DetailWithEachSubThemesReportPreviousQuarterPlanAndNextQuestions()
    {
        var answer = Build("取組1の状況", Yamamoto);

        Assert.Equal(AnswerKind.Detail, answer.Kind);
        Assert.Equal("取組1 九州地域戦略会議と連携した「新生シリコンアイランド九州」の実現", answer.Heading);
        Assert.Equal(
            ["重点戦略: 重点戦略1 「新生シリコンアイランド九州」の実現", "部署: 産業振興部", "担当者: 田中 太郎、佐藤 花子"],
            answer.Facts.Select(f => $"{f.Label}: {f.Value}"));
        var group = Assert.Single(answer.Groups);
        Assert.Equal(QuestionTexts.LatestReportTitle, group.Title);
        Assert.Equal(
            ["状況: 遅延", "進捗: 40%", "報告者: 田中 太郎", "報告日: 2026/11/10(2026年度 第3四半期)",
             "前期比: 悪化(2026年度 第2四半期: 順調)", "コメント: 装置の納期が遅れています"],
            group.Items[0].Facts.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Equal(["2026年度の計画", "2026年度の到達目標・KGI"], group.Items.Skip(1).Select(i => i.Title));
        Assert.Equal(["■課題解決に向けたWG活動"], group.Items[1].Lines);
        Assert.Equal(["◎課題解決 1件以上/年"], group.Items[2].Lines);
        Assert.Equal(["取組1の計画", "取組1の履歴", "取組1の担当者は?"], answer.Suggestions);
        Assert.Equal(QuestionTexts.NextQuestionsHeading, answer.SuggestionsHeading);
    }

    [Fact]
    public void Build_OneInitiativeWithTwoSubThemes_OneGroupEachAndTheTally()
    {
        var answer = Build("輸出フェアの状況", Yamamoto);

        Assert.Equal(AnswerKind.Detail, answer.Kind);
        Assert.Equal(["①輸出フェア", "②販路開拓"], answer.Groups.Select(g => g.Title));
        Assert.Contains(new AnswerFact("状況", "2件(未着手 1、遅延 1) 平均進捗 10%"), answer.Facts);
    }

    [Fact]
    public void Build_MemberAsksOtherDepartment_EmptyAnswerNamesFiltersAndWithholding()
    {
        var answer = Build("地域共創部の遅延", Tanaka);

        Assert.Equal(AnswerKind.Empty, answer.Kind);
        Assert.Equal("条件に合う取組はありませんでした(条件: 遅延・地域共創部)。", answer.Heading);
        Assert.Equal("対象: 産業振興部の取組とあなたの担当分", answer.Scope);
        Assert.Contains("地域共創部の取組はご覧いただけないため、含めていません。", answer.Notes);
        Assert.InRange(answer.Suggestions.Count, 2, 3);
    }

    [Fact]
    public void Build_NotUnderstood_SaysWhatWasNotReadAndSuggests()
    {
        var answer = Build("今日の天気は?", Yamamoto);

        Assert.Equal(AnswerKind.NotUnderstood, answer.Kind);
        Assert.Contains("次の語は読み取れませんでした: 「天気」", answer.Notes);
        Assert.InRange(answer.Suggestions.Count, 2, 3);
        Assert.Equal(QuestionTexts.HelpLines, answer.Help);
    }

    [Fact]
    public void Build_IntentWithUnknownSubject_SaysWhatWasReadAndWhatWasNot()
    {
        var answer = Build("予算の進捗は?", Yamamoto);

        Assert.Equal(AnswerKind.NotUnderstood, answer.Kind);
        Assert.Equal(["読み取れた内容: 進捗状況", "次の語は読み取れませんでした: 「予算」"], answer.Notes);
    }

    [Theory]
    [InlineData("今日の天気は?")]
    [InlineData("第2四半期の中止")]
    [InlineData("地域共創部の完了")]
    [InlineData("脱炭素の完了")]
    [InlineData("来期の遅延")]
    public void Build_Suggestions_AreQuestionsThatAreUnderstood(string question)
    {
        foreach (var suggestion in Build(question, Yamamoto).Suggestions)
        {
            var query = Parse(suggestion);
            Assert.True(query.IsUnderstood, suggestion);
            Assert.Empty(query.Unrecognised);
        }
    }

    [Fact]
    public void Build_Help_ListsWhatCanBeAsked()
    {
        var answer = Build("ヘルプ", Tanaka);

        Assert.Equal(AnswerKind.Help, answer.Kind);
        Assert.Equal(QuestionTexts.HelpHeading, answer.Heading);
        Assert.NotEmpty(answer.Help);
    }

    [Fact]
    public void Build_Unanswered_GroupsPeopleByDepartment()
    {
        var answer = Build("未回答の人は?", Yamamoto);

        Assert.Equal(AnswerKind.Unanswered, answer.Kind);
        Assert.Equal("2026年度 第3四半期の未回答: 5名・3件", answer.Heading);
        Assert.Equal(["地域共創部", "産業振興部", "経営企画室"], answer.Groups.Select(g => g.Title));
        Assert.Contains(answer.Groups.SelectMany(g => g.Items), i => i.Title == "鈴木 一郎さん(取組13-1)");
    }

    [Fact]
    public void Build_UnansweredWithFilter_KeepsOtherConditionsInHeading()
    {
        Assert.Equal("2026年度 第3四半期の未回答(経営企画室): 2名・1件", Build("第3四半期の経営企画室の未回答者", Yamamoto).Heading);
    }

    [Fact]
    public void Build_NobodyMissing_SaysAllReportsAreIn()
    {
        var answer = Build("第3四半期の総務国際部の未回答者", Yamamoto);

        Assert.Equal(AnswerKind.Empty, answer.Kind);
        Assert.Equal("2026年度 第3四半期の報告はすべて揃っています(条件: 総務国際部)。", answer.Heading);
    }

    [Fact]
    public void Build_Count_GivesTotalAndPerDepartment()
    {
        var answer = Build("遅延は何件?", Yamamoto);

        Assert.Equal("遅延: 4件", answer.Heading);
        Assert.Equal(["産業振興部: 1件", "地域共創部: 2件", "経営企画室: 1件"], answer.Facts.Select(f => $"{f.Label}: {f.Value}"));
        Assert.Empty(answer.Groups);
    }

    [Fact]
    public void Build_Summary_TalliesEachDepartmentAndTheWhole()
    {
        var answer = Build("第3四半期の進捗", Yamamoto);

        Assert.Equal(AnswerKind.Summary, answer.Kind);
        Assert.Contains(new AnswerFact("地域共創部", "4件(未着手 1、要注意 1、遅延 2) 平均進捗 18.8%"), answer.Facts);
        Assert.Equal("全体", answer.Facts[^1].Label);
    }

    [Fact]
    public void Build_Kgi_ShowsTargetsAsWritten()
    {
        var answer = Build("取組3のKGIは?", Tanaka);

        Assert.Equal(AnswerKind.Plan, answer.Kind);
        Assert.Equal("取組3: 2026年度の到達目標・KGI(1件)", answer.Heading);
        Assert.Equal(["◎DX実装支援 5社/年"], answer.Groups.Single().Items.Single().Lines);
    }

    [Theory]
    [InlineData("来年度の目標は?", "2027年度の到達目標・KGI(12件)")]
    [InlineData("経営企画室の計画", "経営企画室: 2026年度のアクションプラン(2件)")]
    [InlineData("2024年度第3四半期の取組1の計画", "取組1: 2024年度 第3四半期のアクションプラン(1件)")]
    public void Build_Plan_HeadingNamesThePeriodOnce(string question, string heading)
    {
        Assert.Equal(heading, Build(question, Yamamoto).Heading);
    }

    [Fact]
    public void Build_PlanForYearWithoutPlan_SaysThereIsNone()
    {
        var item = Build("来年度の取組3の計画", Yamamoto).Groups.Single().Items.Single();

        Assert.Equal([QuestionTexts.NoPlanText], item.Lines);
    }

    [Fact]
    public void Build_ManyRows_CapsItemsAndCountsTheRest()
    {
        var result = QueryEngine.Execute(Parse("遅延"), LargeData(40, commentLength: 2_000), Yamamoto);

        var answer = AnswerBuilder.Build(result);

        Assert.Equal(40, result.Count);
        Assert.Equal(AnswerBuilder.MaxItems, answer.Groups.Sum(g => g.Items.Count));
        Assert.Equal(40 - AnswerBuilder.MaxItems, answer.MoreCount);
        Assert.All(answer.Groups.SelectMany(g => g.Items).SelectMany(i => i.Facts),
            f => Assert.True(f.Value.Length <= AnswerBuilder.MaxCommentLength + 1, f.Label));
    }

    [Fact]
    public void Build_ManyPeople_CapsPeople()
    {
        var result = QueryEngine.Execute(Parse("未回答"), LargeData(3, commentLength: 0, people: 100), Yamamoto);

        var answer = AnswerBuilder.Build(result);

        Assert.Equal(AnswerBuilder.MaxPeople, answer.Groups.Sum(g => g.Items.Count));
        Assert.Equal(100 - AnswerBuilder.MaxPeople, answer.MoreCount);
    }

    /// <summary>A plan of <paramref name="count"/> delayed sub-themes in one department with long comments.</summary>
    internal static QueryData LargeData(int count, int commentLength, int people = 1)
    {
        var initiatives = Enumerable.Range(1, count)
            .Select(n => new Initiative(n, $"取組{n}の長いタイトル" + new string('あ', 80), "産業振興部", 1,
                [new SubTheme(n, 1, null, [new PlanCell(PlanPeriod.YearActions(2026), [new PlanItem(PlanItemMarker.Action, "活動")])])]))
            .ToList();
        var plan = new ActionPlan("大きな計画", [PlanPeriod.YearActions(2026)], [new Strategy(1, "戦略", initiatives)]);
        var roster = Enumerable.Range(1, people)
            .Select(n => new PlanBot.Domain.People.Person($"社員 {n:000}", $"p{n}@example.jp", null, "産業振興部", PlanBot.Domain.People.PersonRole.Member))
            .ToList();
        var reports = commentLength == 0
            ? []
            : initiatives.Select(i => new ProgressReport($"{i.Number}-1", Current, ProgressStatus.Delayed, 10,
                new string('遅', commentLength), "p1@example.jp", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero))).ToList();
        return new QueryData(plan, reports, [.. roster, Yamamoto], new FiscalQuarter(2026, 3));
    }
}
