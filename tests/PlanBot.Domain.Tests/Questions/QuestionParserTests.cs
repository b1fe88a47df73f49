using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Questions;
using static PlanBot.Domain.Tests.Questions.QuestionFixtures;

namespace PlanBot.Domain.Tests.Questions;

/// <summary>
/// The phrasings managers and members type, each with the structured query it must produce, written as
/// "Intent | period | statuses | scope | topics" ("-" for none). Today is 2026-11-28 JST: 今期 = 2026Q3, 今年度 = 2026.
/// The asker is 田中 (産業振興部).
/// </summary>
public sealed class QuestionParserTests
{
    [Theory]
    // --- periods ---
    [InlineData("第3四半期の遅延は?", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("第三四半期の遅延は？", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("3Qの遅延", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("Q3の遅延を教えて", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("Ｑ３の遅延を教えてください", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("3期の遅延はありますか", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("10〜12月の遅延", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("10～12月の遅延", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("10-12月の遅延", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("10月から12月の遅延は?", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("10月〜12月に遅れている取組", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("今期の遅延", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("今四半期の遅れ", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("前期の遅延", "List | 2026Q2 | Delayed | - | -")]
    [InlineData("前四半期の要注意", "List | 2026Q2 | AtRisk | - | -")]
    [InlineData("来期の計画は?", "PlanContent:Actions | 2026Q4 | - | - | -")]
    [InlineData("上期の完了", "List | 2026Q1-2026Q2 | Completed | - | -")]
    [InlineData("下期の未着手", "List | 2026Q3-2026Q4 | NotStarted | - | -")]
    [InlineData("上半期の状況", "ProgressSummary | 2026Q1-2026Q2 | - | - | -")]
    [InlineData("2025年度の遅延", "List | 2025Q1-2025Q4 | Delayed | - | -")]
    [InlineData("令和7年度の遅延", "List | 2025Q1-2025Q4 | Delayed | - | -")]
    [InlineData("R7年度の完了", "List | 2025Q1-2025Q4 | Completed | - | -")]
    [InlineData("25年度の遅延", "List | 2025Q1-2025Q4 | Delayed | - | -")]
    [InlineData("FY2025の中止", "List | 2025Q1-2025Q4 | Cancelled | - | -")]
    [InlineData("今年度の完了した取組", "List | 2026Q1-2026Q4 | Completed | - | -")]
    [InlineData("昨年度の中止", "List | 2025Q1-2025Q4 | Cancelled | - | -")]
    [InlineData("前年度の達成", "List | 2025Q1-2025Q4 | Completed | - | -")]
    [InlineData("来年度の目標は?", "PlanContent:Kgi | 2027Q1-2027Q4 | - | - | -")]
    [InlineData("2025年度第3四半期の遅延", "List | 2025Q3 | Delayed | - | -")]
    [InlineData("2025年度の3Qの進捗", "ProgressSummary | 2025Q3 | - | - | -")]
    [InlineData("令和8年度上期", "List | 2026Q1-2026Q2 | - | - | -")]
    [InlineData("昨年度下期の遅延", "List | 2025Q3-2025Q4 | Delayed | - | -")]
    [InlineData("FY2025 Q4 delays", "List | 2025Q4 | Delayed | - | -")]
    [InlineData("2025Q3の遅延", "List | 2025Q3 | Delayed | - | -")]
    [InlineData("1〜3月の進捗", "ProgressSummary | 2026Q4 | - | - | -")]
    [InlineData("4月の報告", "List | 2026Q1 | - | - | -")]
    [InlineData("2026年10月の遅延", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("2027年2月の状況", "ProgressSummary | 2026Q4 | - | - | -")]
    [InlineData("7〜12月の遅延", "List | 2026Q2-2026Q3 | Delayed | - | -")]
    [InlineData("2〜5月の遅延", "List | 2026Q4-2027Q1 | Delayed | - | -")]
    [InlineData("2026年12月〜2027年2月の状況", "ProgressSummary | 2026Q3-2026Q4 | - | - | -")]
    [InlineData("2024年度から2025年度の完了", "List | 2024Q1-2025Q4 | Completed | - | -")]
    [InlineData("第1四半期の順調な取組", "List | 2026Q1 | OnTrack | - | -")]
    [InlineData("第４四半期", "List | 2026Q4 | - | - | -")]
    [InlineData("先月の遅延", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("Q2 on track items", "List | 2026Q2 | OnTrack | - | -")]
    [InlineData("this quarter delayed", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("last quarter status", "ProgressSummary | 2026Q2 | - | - | -")]
    [InlineData("4Qの未回答は?", "Unanswered | 2026Q4 | Unanswered | - | -")]
    [InlineData("2nd quarter delayed", "List | 2026Q2 | Delayed | - | -")]
    // --- statuses ---
    [InlineData("遅延している取組は?", "List | - | Delayed | - | -")]
    [InlineData("遅れ気味の取組", "List | - | Delayed | - | -")]
    [InlineData("遅れているものを教えて", "List | - | Delayed | - | -")]
    [InlineData("要注意の取組", "List | - | AtRisk | - | -")]
    [InlineData("リスクのある取組は?", "List | - | AtRisk | - | -")]
    [InlineData("未着手の取組はありますか", "List | - | NotStarted | - | -")]
    [InlineData("順調な取組", "List | - | OnTrack | - | -")]
    [InlineData("完了した取組", "List | - | Completed | - | -")]
    [InlineData("達成した取組は?", "List | - | Completed | - | -")]
    [InlineData("終わった取組", "List | - | Completed | - | -")]
    [InlineData("中止になった取組", "List | - | Cancelled | - | -")]
    [InlineData("遅延と要注意", "List | - | AtRisk,Delayed | - | -")]
    [InlineData("遅延または要注意の取組", "List | - | AtRisk,Delayed | - | -")]
    [InlineData("問題のある取組は?", "List | - | AtRisk,Delayed | - | -")]
    [InlineData("未完了の取組", "List | - | NotStarted,OnTrack,AtRisk,Delayed | - | -")]
    [InlineData("計画通りの取組", "List | - | OnTrack | - | -")]
    [InlineData("遅延していない取組", "List | - | NotStarted,OnTrack,AtRisk,Completed,Cancelled | - | -")]
    [InlineData("遅れていない取組", "List | - | NotStarted,OnTrack,AtRisk,Completed,Cancelled | - | -")]
    [InlineData("順調じゃない取組", "List | - | NotStarted,AtRisk,Delayed,Completed,Cancelled | - | -")]
    [InlineData("中止以外", "List | - | NotStarted,OnTrack,AtRisk,Delayed,Completed | - | -")]
    [InlineData("進んでいない取組", "List | - | AtRisk,Delayed | - | -")]
    [InlineData("delayed items", "List | - | Delayed | - | -")]
    [InlineData("at risk initiatives", "List | - | AtRisk | - | -")]
    [InlineData("not started", "List | - | NotStarted | - | -")]
    [InlineData("completed", "List | - | Completed | - | -")]
    [InlineData("Q3 delays", "List | 2026Q3 | Delayed | - | -")]
    // --- 未回答 ---
    [InlineData("未回答は?", "Unanswered | - | Unanswered | - | -")]
    [InlineData("未提出の人は?", "Unanswered | - | Unanswered | - | -")]
    [InlineData("回答なしの人", "Unanswered | - | Unanswered | - | -")]
    [InlineData("報告がない人は誰?", "Unanswered | - | Unanswered | - | -")]
    [InlineData("未回答者は誰?", "Unanswered | - | Unanswered | - | -")]
    [InlineData("誰が未提出?", "Unanswered | - | Unanswered | - | -")]
    [InlineData("報告がない取組の一覧", "List | - | Unanswered | - | -")]
    [InlineData("未回答の件数", "Count | - | Unanswered | - | -")]
    [InlineData("who hasn't answered", "Unanswered | - | Unanswered | - | -")]
    [InlineData("第3四半期の未回答", "Unanswered | 2026Q3 | Unanswered | - | -")]
    // --- scopes ---
    [InlineData("産業振興部の遅延", "List | - | Delayed | dept=産業振興部 | -")]
    [InlineData("産業振興の遅延", "List | - | Delayed | dept=産業振興部 | -")]
    [InlineData("地域共創部の進捗", "ProgressSummary | - | - | dept=地域共創部 | -")]
    [InlineData("総務国際部の状況は?", "ProgressSummary | - | - | dept=総務国際部 | -")]
    [InlineData("経営企画室の計画", "PlanContent:Actions | - | - | dept=経営企画室 | -")]
    [InlineData("経営企画の遅延", "List | - | Delayed | dept=経営企画室 | -")]
    [InlineData("SR-防災の進捗", "ProgressSummary | - | - | dept=SR-防災 | -")]
    [InlineData("SR防災の遅延", "List | - | Delayed | dept=SR-防災 | -")]
    [InlineData("ＳＲ－防災の遅延", "List | - | Delayed | dept=SR-防災 | -")]
    [InlineData("防災の遅延", "List | - | Delayed | - | 防災")]
    [InlineData("産業振興部と地域共創部の遅延", "List | - | Delayed | dept=産業振興部+地域共創部 | -")]
    [InlineData("自部署の遅延", "List | - | Delayed | dept=産業振興部 | -")]
    [InlineData("重点戦略3の進捗", "ProgressSummary | - | - | strategy=3 | -")]
    [InlineData("戦略3の遅延", "List | - | Delayed | strategy=3 | -")]
    [InlineData("重点戦略三の状況", "ProgressSummary | - | - | strategy=3 | -")]
    [InlineData("重点戦略10の遅延", "List | - | Delayed | strategy=10 | -")]
    [InlineData("取組5の進捗", "ProgressSummary | - | - | init=5 | -")]
    [InlineData("取組No.5の状況", "ProgressSummary | - | - | init=5 | -")]
    [InlineData("取組み5の遅延", "List | - | Delayed | init=5 | -")]
    [InlineData("#5の進捗", "ProgressSummary | - | - | init=5 | -")]
    [InlineData("＃５の進捗", "ProgressSummary | - | - | init=5 | -")]
    [InlineData("5番の取組の進捗", "ProgressSummary | - | - | init=5 | -")]
    [InlineData("取組5と12の遅延", "List | - | Delayed | init=5,12 | -")]
    [InlineData("取組3のKGIは?", "PlanContent:Kgi | - | - | init=3 | -")]
    [InlineData("ジェンダーの取組の進捗", "ProgressSummary | - | - | init=15 | -")]
    [InlineData("MICEの誘致の状況", "ProgressSummary | - | - | init=12 | -")]
    [InlineData("価格転嫁の進捗", "ProgressSummary | - | - | init=14 | -")]
    [InlineData("九州MaaSの推進の状況", "ProgressSummary | - | - | init=19 | -")]
    [InlineData("鈴木さんの担当の進捗", "ProgressSummary | - | - | person=suzuki | -")]
    [InlineData("鈴木一郎さんの遅延", "List | - | Delayed | person=suzuki | -")]
    [InlineData("<at>鈴木 一郎</at>の担当分", "List | - | - | person=suzuki | -")]
    [InlineData("自分の遅延", "List | - | Delayed | mine | -")]
    [InlineData("私の担当の進捗", "ProgressSummary | - | - | mine | -")]
    [InlineData("担当分の未回答", "Unanswered | - | Unanswered | mine | -")]
    [InlineData("my delayed items", "List | - | Delayed | mine | -")]
    [InlineData("田中さんと鈴木さんの遅延", "List | - | Delayed | person=tanaka+suzuki | -")]
    [InlineData("佐藤さんは未回答?", "Unanswered | - | Unanswered | person=sato | -")]
    [InlineData("重点戦略1と2の遅延", "List | - | Delayed | strategy=1,2 | -")]
    [InlineData("取組1・2・3の進捗", "ProgressSummary | - | - | init=1,2,3 | -")]
    [InlineData("show me the KGI for initiative 3", "PlanContent:Kgi | - | - | init=3 | -")]
    // --- topics ---
    [InlineData("DXの取組の進捗は?", "ProgressSummary | - | - | - | DX")]
    [InlineData("脱炭素の状況", "ProgressSummary | - | - | - | 脱炭素")]
    [InlineData("カーボンニュートラルの遅延", "List | - | Delayed | - | 脱炭素")]
    [InlineData("半導体の計画は?", "PlanContent:Actions | - | - | - | 半導体")]
    [InlineData("MaaSの進捗", "ProgressSummary | - | - | - | MaaS")]
    [InlineData("インターンシップの状況", "ProgressSummary | - | - | - | インターンシップ")]
    [InlineData("輸出の遅延", "List | - | Delayed | - | 輸出")]
    [InlineData("デジタルの取組", "List | - | - | - | DX")]
    [InlineData("DXと脱炭素の遅延", "List | - | Delayed | - | DX,脱炭素")]
    [InlineData("status of DX", "ProgressSummary | - | - | - | DX")]
    // --- intents ---
    [InlineData("遅延は何件?", "Count | - | Delayed | - | -")]
    [InlineData("遅延はいくつ", "Count | - | Delayed | - | -")]
    [InlineData("産業振興部の遅延件数", "Count | - | Delayed | dept=産業振興部 | -")]
    [InlineData("how many delayed in Q3", "Count | 2026Q3 | Delayed | - | -")]
    [InlineData("全体の進捗", "ProgressSummary | - | - | - | -")]
    [InlineData("進捗状況を教えて", "ProgressSummary | - | - | - | -")]
    [InlineData("第3四半期の状況", "ProgressSummary | 2026Q3 | - | - | -")]
    [InlineData("計画は?", "PlanContent:Actions | - | - | - | -")]
    [InlineData("KGIは?", "PlanContent:Kgi | - | - | - | -")]
    [InlineData("目標は？", "PlanContent:Kgi | - | - | - | -")]
    [InlineData("到達目標を教えて", "PlanContent:Kgi | - | - | - | -")]
    [InlineData("ヘルプ", "Help | - | - | - | -")]
    [InlineData("使い方を教えて", "Help | - | - | - | -")]
    [InlineData("help", "Help | - | - | - | -")]
    [InlineData("何ができますか", "Help | - | - | - | -")]
    [InlineData("status", "ProgressSummary | - | - | - | -")]
    [InlineData("一覧", "List | - | - | - | -")]
    [InlineData("完了率は?", "ProgressSummary | - | - | - | -")]
    [InlineData("部署別の進捗", "ProgressSummary | - | - | - | -")]
    [InlineData("Q1-Q2の遅延", "List | 2026Q1-2026Q2 | Delayed | - | -")]
    [InlineData("H1の遅延", "List | 2026Q1-2026Q2 | Delayed | - | -")]
    [InlineData("what is delayed this quarter?", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("@PlanBot 遅延", "List | - | Delayed | - | -")]
    // --- noise: mentions, markup, widths, punctuation, endings ---
    [InlineData("<at>PlanBot</at> 第3四半期の遅延は?", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("<at>PlanBot</at>&nbsp;Q3の遅延を教えてください。", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("＜at＞PlanBot＜/at＞ 今期の遅延", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("<p>第3四半期の遅延</p>", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("第３四半期の遅延は？？", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("　産業振興部の　遅延を　教えて　", "List | - | Delayed | dept=産業振興部 | -")]
    [InlineData("ＤＸの進捗", "ProgressSummary | - | - | - | DX")]
    [InlineData("Q3の遅延ってある?", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("第3四半期の遅延はありますか。", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("第3四半期、遅延、産業振興部", "List | 2026Q3 | Delayed | dept=産業振興部 | -")]
    [InlineData("遅延!!", "List | - | Delayed | - | -")]
    [InlineData("ｑ３ ｄｅｌａｙｅｄ", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("【質問】第3四半期の遅延", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("Q3の遅延お願いします", "List | 2026Q3 | Delayed | - | -")]
    [InlineData("今期の遅延って何件くらい?", "Count | 2026Q3 | Delayed | - | -")]
    [InlineData("産業振興部の第3四半期の遅延を一覧で見せてください", "List | 2026Q3 | Delayed | dept=産業振興部 | -")]
    [InlineData("DELAYED in Q3?", "List | 2026Q3 | Delayed | - | -")]
    public void Parse_Phrasing_ProducesExpectedQuery(string text, string expected)
    {
        var query = Parse(text);

        Assert.Equal(expected, Describe(query));
        Assert.True(query.IsUnderstood, $"'{text}' was not understood");
    }

    [Theory]
    [InlineData("第3四半期の遅延は?")]
    [InlineData("Q3 delays")]
    [InlineData("産業振興部の進捗")]
    [InlineData("DXの取組")]
    public void Parse_CleanQuestion_LeavesNothingUnrecognised(string text) => Assert.Empty(Parse(text).Unrecognised);

    [Fact]
    public void Parse_QuarterAndStatus_UnderstoodReadsAsHeading()
    {
        var query = Parse("第3四半期の遅延は?");

        Assert.Equal(["2026年度 第3四半期", "遅延"], query.Understood);
    }

    [Fact]
    public void Parse_QuarterWithoutYearInJanuary_MeansFiscalYearThatStartedLastApril()
    {
        var context = Context() with { Today = new DateOnly(2027, 2, 10) };

        var query = QuestionParser.Parse("第3四半期の遅延", context);

        Assert.Equal("2026Q3", query.Period?.ToString());
    }

    [Fact]
    public void Parse_PreviousQuarterInFirstQuarter_CrossesFiscalYear()
    {
        var context = Context() with { Today = new DateOnly(2026, 4, 1) };

        Assert.Equal("2025Q4", QuestionParser.Parse("前期の遅延", context).Period?.ToString());
    }

    [Fact]
    public void Parse_Nonsense_IsNotUnderstoodAndKeepsTheWords()
    {
        var query = Parse("今日の天気は?");

        Assert.False(query.IsUnderstood);
        Assert.Equal(QueryIntent.Help, query.Intent);
        Assert.Equal(["天気"], query.Unrecognised);
    }

    [Fact]
    public void Parse_UnknownWordBesideFilters_StillAnswersAndReportsTheWord()
    {
        var query = Parse("産業振興部の予算の遅延");

        Assert.True(query.IsUnderstood);
        Assert.Equal(["産業振興部"], query.Scope.Departments);
        Assert.Equal(["予算"], query.Unrecognised);
    }

    [Fact]
    public void Parse_IntentBesideUnknownWord_IsNotUnderstoodButKeepsTheIntent()
    {
        var query = Parse("予算の進捗は?");

        Assert.False(query.IsUnderstood);
        Assert.Equal(QueryIntent.ProgressSummary, query.Intent);
        Assert.Equal(["予算"], query.Unrecognised);
    }

    [Theory]
    [InlineData("取組5")]
    [InlineData("重点戦略2")]
    [InlineData("産業振興部")]
    [InlineData("第3四半期")]
    [InlineData("DX")]
    public void Parse_FilterAlone_IsUnderstoodAsList(string text)
    {
        var query = Parse(text);

        Assert.True(query.IsUnderstood);
        Assert.Equal(QueryIntent.List, query.Intent);
    }

    [Fact]
    public void Parse_MentionOfAnotherPerson_ScopesToThatPerson()
    {
        var query = Parse("<at>鈴木 一郎</at>さんの遅延は?");

        Assert.Equal([Suzuki], query.Scope.People);
        Assert.False(query.Scope.Mine);
    }

    [Fact]
    public void Parse_OwnDepartmentWithoutDepartment_FallsBackToOwnItems()
    {
        var query = Parse("自部署の遅延", Nakamura);

        Assert.Empty(query.Scope.Departments);
        Assert.True(query.Scope.Mine);
    }

    [Fact]
    public void Parse_VeryLongQuestion_ReadsTheStartAndSaysSo()
    {
        var query = Parse("第3四半期の遅延" + new string('あ', 10_000) + "産業振興部");

        Assert.Equal("2026Q3", query.Period?.ToString());
        Assert.Empty(query.Scope.Departments);
        Assert.Contains(QuestionTexts.TruncatedNote, query.Unrecognised);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    [InlineData("?", false)]
    [InlineData("<at>PlanBot</at>", false)]
    public void Parse_EmptyOrOnlyMention_IsHelp(string? text, bool understood)
    {
        var query = QuestionParser.Parse(text, Context());

        Assert.Equal(QueryIntent.Help, query.Intent);
        Assert.Equal(understood, query.IsUnderstood);
    }

    [Theory]
    [InlineData("三", 3)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十三", 23)]
    [InlineData("12", 12)]
    [InlineData("x", -1)]
    public void KanjiNumber_Numeral_ReadsValue(string text, int expected) => Assert.Equal(expected, QuestionParser.KanjiNumber(text));

    [Fact]
    public void Parse_ImpossibleYear_IsNotAPeriod()
    {
        var query = Parse("0000年度の遅延");

        Assert.Null(query.Period);
        Assert.Contains(ProgressStatus.Delayed, query.Statuses);
    }

    [Fact]
    public void Parse_PlanQuestionForNextYear_AsksForKgi()
    {
        var query = Parse("来年度のKGIは?");

        Assert.Equal(PlanCellKind.Kgi, query.PlanContent);
        Assert.Equal(2027, query.Period?.First.FiscalYear);
    }

    [Fact]
    public void ToString_ParsedQuery_IsOneEnglishLineWithoutTheAskersWords()
    {
        var query = Parse("第3四半期の産業振興部の予算の遅延\nfake log line");

        Assert.Equal("List period=2026Q3 statuses=Delayed departments=産業振興部 unrecognised=4", query.ToString());
    }

    /// <summary>The initiatives of the real plan document whose rows start with their number and title.</summary>
    public static TheoryData<int, string> SeedInitiatives()
    {
        var data = new TheoryData<int, string>();
        foreach (var (number, title) in ReadSeedTitles())
        {
            data.Add(number, title);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedInitiatives))]
    public void Parse_RealTitle_SelectsThatInitiative(int number, string title)
    {
        var query = QuestionParser.Parse($"{title}の進捗は?", SeedContext());

        Assert.Equal([number], query.Scope.InitiativeNumbers);
        Assert.Empty(query.Unrecognised);
    }

    [Theory]
    [InlineData("MOU締結先の状況", 11)]
    [InlineData("パーソナルサービスの進捗", 18)]
    [InlineData("ユースケースの実装は?", 17)]
    [InlineData("好循環の取組", 14)]
    [InlineData("要望活動の遅延", 16)]
    [InlineData("育成支援の状況", 2)]
    [InlineData("デジタル認証IDの進捗", 18)]
    public void Parse_PartOfRealTitle_SelectsThatInitiative(string text, int number)
    {
        var query = QuestionParser.Parse(text, SeedContext());

        Assert.Contains(number, query.Scope.InitiativeNumbers);
        Assert.Empty(query.Unrecognised);
    }

    private static QuestionContext SeedContext() =>
        new(Today, new QuestionVocabulary(
            ["産業振興部", "地域共創部", "総務国際部", "経営企画室", "SR-防災"],
            ReadSeedTitles().Select(t => new InitiativeName(t.Number, t.Title)).ToList(),
            QuestionFixtures.People), Tanaka);

    private static List<(int Number, string Title)> ReadSeedTitles()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PlanBot.sln")))
        {
            directory = directory.Parent;
        }

        var seed = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Repository root not found."),
            "seeds", "kyushu-keizai-action-plan-2024-2026.txt");
        return File.ReadLines(seed)
            .Select(line => line.Split('\t'))
            .Where(cells => cells.Length > 2 && int.TryParse(cells[0], out _) && !cells[1].Contains('<', StringComparison.Ordinal))
            .Select(cells => (int.Parse(cells[0], System.Globalization.CultureInfo.InvariantCulture), cells[1].Trim()))
            .ToList();
    }

    internal static string Describe(PlanQuery query)
    {
        var intent = query.Intent + (query.PlanContent is { } kind ? $":{kind}" : string.Empty);
        var statuses = query.Statuses.Order().Select(s => s.ToString()).ToList();
        if (query.Unanswered)
        {
            statuses.Add("Unanswered");
        }

        var scope = new List<string>();
        var s = query.Scope;
        if (s.Departments.Count > 0)
        {
            scope.Add("dept=" + string.Join('+', s.Departments));
        }

        if (s.StrategyNumbers.Count > 0)
        {
            scope.Add("strategy=" + string.Join(',', s.StrategyNumbers));
        }

        if (s.InitiativeNumbers.Count > 0)
        {
            scope.Add("init=" + string.Join(',', s.InitiativeNumbers));
        }

        if (s.People.Count > 0)
        {
            scope.Add("person=" + string.Join('+', s.People.Select(p => p.Email.Split('@')[0])));
        }

        if (s.Mine)
        {
            scope.Add("mine");
        }

        static string OrDash(IEnumerable<string> parts, string separator) =>
            parts.Any() ? string.Join(separator, parts) : "-";

        return $"{intent} | {query.Period?.ToString() ?? "-"} | {OrDash(statuses, ",")} | {OrDash(scope, ";")} | {OrDash(query.Topics, ",")}";
    }
}
