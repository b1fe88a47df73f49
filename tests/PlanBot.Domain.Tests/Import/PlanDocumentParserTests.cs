using System.Net;
using System.Text.RegularExpressions;
using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Tests.Import;

public sealed partial class PlanDocumentParserTests
{
    private readonly ParsedPlan parsed = SeedDocument.Parse();

    [Fact]
    public void Parse_Seed_ReadsTitleAndPeriodsFromTheHeaderYears()
    {
        Assert.Equal("第2号議案 別表（第2期中期事業計画(案)アクションプラン）", parsed.Plan.Title);
        Assert.Equal(
            ["2024Q1", "2024Q2", "2024Q3", "2024Q4", "2024KGI", "2025PLAN", "2025KGI", "2026PLAN", "2026KGI"],
            parsed.Plan.Periods.Select(p => p.Code));
    }

    [Fact]
    public void Parse_HeaderWithOtherYears_ReadsThoseYears()
    {
        var shifted = SeedDocument.Text.Replace("2024年度", "2030年度", StringComparison.Ordinal)
            .Replace("2025年度", "2031年度", StringComparison.Ordinal)
            .Replace("2026年度", "2032年度", StringComparison.Ordinal);

        var plan = new PlanDocumentParser().Parse(shifted).Plan;

        Assert.Equal("2030Q1", plan.Periods[0].Code);
        Assert.Equal("2032KGI", plan.Periods[^1].Code);
        Assert.All(plan.SubThemes, s => Assert.Equal(plan.Periods, s.Cells.Select(c => c.Period)));
    }

    [Theory]
    [InlineData(1, "「新生シリコンアイランド九州」の実現 ～半導体関連産業を中心とした産業集積支援と新たなまちづくり等に向けた取組み")]
    [InlineData(2, "各産業の高度化・持続可能性向上・成長支援")]
    [InlineData(3, "GX推進および将来にわたって産業と生活を支えるエネルギーの安定供給に資する取組み")]
    [InlineData(4, "産学官連携によるイノベーションエコシステム構築支援")]
    [InlineData(5, "アジア地域諸国・世界との連携強化")]
    [InlineData(6, "産学官連携による高度専門人材の育成支援")]
    [InlineData(7, "九州地域の経済・産業の活性化による所得・給与向上の取組み")]
    [InlineData(8, "多様性・包摂性ある風土の醸成")]
    [InlineData(9, "ハード・ソフト両面のインフラ整備と広域連携施策の推進")]
    [InlineData(10, "地域の暮らしと産業を守る防災・減災機能の高度化支援")]
    [InlineData(11, "九州各地域に共通する課題・九州全域に波及する課題の解決")]
    public void Parse_Seed_ReadsEachStrategyTitle(int number, string title)
    {
        Assert.Equal(11, parsed.Plan.Strategies.Count);
        Assert.Equal(title, parsed.Plan.Strategies[number - 1].Title);
        Assert.Equal(number, parsed.Plan.Strategies[number - 1].Number);
    }

    [Theory]
    [InlineData(1, 1, "産業振興部", "九州地域戦略会議と連携した「新生シリコンアイランド九州」の実現")]
    [InlineData(2, 1, "産業振興部", "半導体関連企業および半導体ユーザー企業の誘致・育成支援")]
    [InlineData(3, 2, "産業振興部", "九州全域での中小・中堅企業に対するDX支援の推進")]
    [InlineData(4, 2, "地域共創部", "食品の輸出拡大に向けた官民共同プロモーションによる各種輸出フェア等の連携実施")]
    [InlineData(5, 2, "地域共創部", "農業の持続的成長に向けた多様な担い手の確保と生産性向上支援")]
    [InlineData(6, 2, "地域共創部", "中大規模木造建築物の普及による林業活性化とCO2削減への貢献")]
    [InlineData(7, 3, "産業振興部", "省エネ・脱炭素の早期実現に向けた更なる意識醸成")]
    [InlineData(8, 3, "産業振興部", "地域脱炭素達成のための省エネ・脱炭素技術実装支援")]
    [InlineData(9, 3, "産業振興部", "GX推進戦略に基づくエネルギー安定供給と脱炭素の取組実施")]
    [InlineData(10, 4, "産業振興部", "ベンチャー振興会議・九州ベンチャーマーケット(KVM)等との連携による九州発スタートアップの魅力発信と支援")]
    [InlineData(11, 5, "総務国際部", "MOU締結先の企業と九経連会員企業との交流機会の提供")]
    [InlineData(12, 5, "総務国際部", "他団体と連携したMICE等誘致支援")]
    [InlineData(13, 6, "産業振興部", "先導的ICT人材育成事業(インターンシップ)の推進・拡大")]
    [InlineData(14, 7, "経営企画室", "適正な価格転嫁による成長と分配の好循環の実現")]
    [InlineData(15, 8, null, "ジェンダー主流化の取組")]
    [InlineData(16, 9, null, "インフラ整備の事業化および事業の早期実現に向けた要望活動")]
    [InlineData(17, 9, null, "オープンデータのデータ連携プラットフォーム構築とユースケースの実装")]
    [InlineData(18, 9, null, "デジタル認証IDの構築とデータ連携プラットフォームを活用したパーソナルサービスの実装")]
    [InlineData(19, 9, null, "九州MaaSの推進")]
    [InlineData(20, 10, "SR-防災", "防災DXの官民共創 (災害対策高度化支援、 防災対策サービスの官民共創、 広域連携の仕組みづくり)")]
    [InlineData(21, 11, "地域共創部", "「ツール・ド・九州」の開催 とそれを活かした地域活性化")]
    [InlineData(22, 11, "地域共創部", "地域に根差した連携事業 (産学官民協働)の展開")]
    public void Parse_Seed_ReadsEachInitiativeWithStrategyAndDepartment(int number, int strategy, string? department, string title)
    {
        var initiatives = parsed.Plan.Initiatives.ToArray();
        Assert.Equal(Enumerable.Range(1, 22), initiatives.Select(i => i.Number));

        var initiative = parsed.Initiative(number);
        Assert.Equal(title, initiative.Title);
        Assert.Equal(department, initiative.Department);
        Assert.Equal(strategy, initiative.StrategyNumber);
        Assert.Contains(initiative, parsed.Plan.Strategies[strategy - 1].Initiatives);
    }

    [Theory]
    [InlineData(5, new[] { "①域外企業の農業参入促進", "②地域企業による地域農業への、人的支援、副業認可、農業参入モデル作り", "③スマート農業モデル構築と耕作放棄地活用モデル構築、それらの九州各県への展開による中山間地の営農支援" })]
    [InlineData(6, new[] { "【木材サプライチェーン構築】" })]
    [InlineData(7, new[] { "", "", "" })]
    [InlineData(20, new[] { "", "", "", "", "" })]
    [InlineData(21, new[] { "①レース運営支援", "②地域活性化施策" })]
    [InlineData(22, new[] { "", "", "", "", "" })]
    [InlineData(4, new[] { "" })]
    [InlineData(1, new[] { "" })]
    public void Parse_Seed_SplitsInitiativesIntoLabelledSubThemes(int number, string[] labels)
    {
        var subThemes = parsed.Initiative(number).SubThemes;

        Assert.Equal(labels, subThemes.Select(s => s.Label ?? ""));
        Assert.Equal(Enumerable.Range(1, labels.Length), subThemes.Select(s => s.Index));
        Assert.All(subThemes, s => Assert.Equal(parsed.Plan.Periods, s.Cells.Select(c => c.Period)));
    }

    [Fact]
    public void Parse_Seed_CountsThirtyFiveSubThemes()
    {
        Assert.Equal(35, parsed.Plan.SubThemes.Count());
        Assert.All(parsed.Plan.SubThemes, s => Assert.Equal(9, s.Cells.Count));
    }

    [Fact]
    public void Parse_HtmlCellWithNestedList_KeepsMarkersAndDepth()
    {
        // Line 8: a plain two-item list; line 11: ○ nested in its own <ul> under the ■.
        Assert.Equal(["■新生シリコンアイランド九州実現のための課題整理", "■戦略会議への報告(6月)"], parsed.Items("1-1", "2024Q1"));
        Assert.Equal(["◎課題解決 1件以上/年"], parsed.Items("1-1", "2026KGI"));
        Assert.Equal("■中小企業のDX実装支援", parsed.Items("3-1", "2024Q1")[0]);
        Assert.StartsWith(">○課題分析、戦略作成のコンサルティング", parsed.Items("3-1", "2024Q1")[1], StringComparison.Ordinal);
        var item = parsed.SubTheme("3-1").Cells[0].Items[1];
        Assert.Equal((PlanItemMarker.SubAction, 1), (item.Marker, item.Depth));
    }

    [Fact]
    public void Parse_PlainTextCell_NestsSubActionsAndDetailsUnderTheAction()
    {
        // Line 16: "■連携方法の検討 ・平場、… ・先進JA、…" in one plain cell; line 24: "■… ○現状把握".
        Assert.Equal(["■連携方法の検討", ">・平場、北海道等の先進地区の企業参入事例共有", ">・先進JA、養父特区事例共有"], parsed.Items("5-1", "2024Q2"));
        Assert.Equal(["■水素等脱炭素技術の社会実装に向けた取組(CN推進研究会)", ">○現状把握"], parsed.Items("7-3", "2024Q1"));
        Assert.Equal(["○社会実装に向けた課題検討(CN推進研究会)", "○CN・省エネセミナー(九経局との共催)"], parsed.Items("7-3", "2024Q2"));
    }

    [Fact]
    public void Parse_MarkerInsideWording_IsNotABullet()
    {
        Assert.Equal(["■成果確認→次回大会での取組検討へつなげる"], parsed.Items("21-2", "2024Q4"));
        Assert.Equal(["◎大分・宮崎を除く広域連携の実証 1件"], parsed.Items("20-1", "2024KGI"));
        Assert.Equal(["■省エネ・脱炭素に関する講演会の実施 北部会員企業を対象に脱炭素経営への意識醸成を目的とした講演会の実施"], parsed.Items("7-1", "2024Q1"));
    }

    [Fact]
    public void Parse_Entities_AreDecoded()
    {
        Assert.Contains("■広域連携プロジェクトの組成&進捗サポート", parsed.Items("9-1", "2025PLAN"));
        Assert.DoesNotContain(parsed.Plan.SubThemes.SelectMany(s => s.Cells).SelectMany(c => c.Items), i => i.Text.Contains("&amp;", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TyposAndDuplicates_AreKeptAsWritten()
    {
        Assert.Contains(">○サービスコンテツツWG", parsed.Items("19-1", "2024Q1"));
        Assert.Contains("KPCの認知度・利活用実績の向上(イベント等を通じたベトナムとの交流や企業の海外展開実現)k", parsed.Items("11-1", "2024KGI"));
        Assert.Contains("对中国医療渡航誘致施策の実施(地域共創部)", parsed.Items("11-1", "2024KGI"));
        Assert.Equal(["○国の政策動向等調査", "○国の政策動向等調査", "○国の政策動向等調査"], parsed.Items("9-1", "2024Q2"));
        Assert.Equal(3, parsed.Items("15-1", "2024KGI").Count(i => i == "○ジェンダー主流化を踏まえた研修開催"));
    }

    [Fact]
    public void Parse_Whitespace_IsNormalised()
    {
        Assert.All(parsed.Plan.SubThemes.SelectMany(s => s.Cells).SelectMany(c => c.Items), i =>
        {
            Assert.Equal(i.Text.Trim(), i.Text);
            Assert.DoesNotContain("  ", i.Text, StringComparison.Ordinal);
            Assert.DoesNotContain('<', i.Text);
        });
    }

    [Fact]
    public void Parse_CarriedOverCells_AreCarriedOverItems()
    {
        foreach (var key in new[] { "21-1", "21-2", "22-1", "22-2", "22-3", "22-4", "22-5" })
        {
            var item = Assert.Single(parsed.SubTheme(key).Cell(PlanPeriod.QuarterActions(2024, 2))!.Items);
            Assert.Equal(new PlanItem(PlanItemMarker.CarriedOver, ""), item);
        }
    }

    [Fact]
    public void Parse_Line9_QuarterMissing_ReadsLastQuarterEmptyAndShiftsTheKgis()
    {
        Assert.Empty(parsed.Items("2-1", "2024Q4"));
        Assert.Equal(["◎日台協業モデルを構築"], parsed.Items("2-1", "2024KGI"));
        Assert.Equal(["◎日台協業案件10件(累計)"], parsed.Items("2-1", "2026KGI"));
        AssertReported(9, 6, "2024Q4 has no cell");
    }

    [Fact]
    public void Parse_Line12_NumberedHeadingsInOneCell_StayItemsOfOneSubTheme()
    {
        Assert.Single(parsed.Initiative(4).SubThemes);
        Assert.Equal(
        [
            "①輸出先の多角化",
            ">■知事会輸出分科会との海外プロモーションの計画共有、協働検討",
            "②食の輸出推進チーム(輸出支援7団体)の連携、役割分担再編成による機能強化",
            "③伴走支援",
            ">■食輸出協議会の九州フェア(台湾、香港、米国)のうち、香港への各県共同プロモーション提案・実施",
        ], parsed.Items("4-1", "2024Q1"));
        Assert.Equal(PlanItemMarker.None, parsed.SubTheme("4-1").Cells[0].Items[0].Marker);
        AssertReported(12, 3, "kept them as items");
    }

    [Fact]
    public void Parse_Lines16To18_CircledLabelsSplitInitiative5()
    {
        Assert.Equal(["■経団連・自治体とのヒアリング・課題整理、懇談会"], parsed.Items("5-1", "2024Q1"));
        Assert.Equal(["◎新たな農業担い手の具体化"], parsed.Items("5-1", "2026KGI"));
        Assert.Equal(["■JA・農林中金、自治体と、企業研修、援農アプリを切り口に参入支援検討"], parsed.Items("5-2", "2024Q1"));
        Assert.Equal(2, parsed.Items("5-2", "2024KGI").Length);
        AssertReported(16, 2, "sub-theme 5-1 labelled");
        AssertReported(17, 0, "new sub-theme 5-2");
        AssertReported(18, 0, "new sub-theme 5-3");
    }

    [Fact]
    public void Parse_Line18_OneCellFewer_LeavesFy2025PlanEmpty()
    {
        Assert.Equal(["◎スマート農業モデル活用事例3件"], parsed.Items("5-3", "2024KGI"));
        Assert.Empty(parsed.Items("5-3", "2025PLAN"));
        Assert.Equal(["◎耕作放棄地活用モデルの策定・九州地域戦略会議への提案"], parsed.Items("5-3", "2025KGI"));
        Assert.Equal(["■耕作放棄地活用モデルを九州各県へ展開"], parsed.Items("5-3", "2026PLAN"));
        Assert.Equal(["◎耕作放棄地活用モデルを九州各県へ展開し、九州の中山間地農業存続、耕作放棄地拡大阻止への寄与"], parsed.Items("5-3", "2026KGI"));
        AssertReported(18, 7, "2025PLAN has no cell");
    }

    [Fact]
    public void Parse_Lines19And20_HeadingLabelMissingQuarterAndTrailingKgiRow_MakeOneSubTheme()
    {
        var subTheme = Assert.Single(parsed.Initiative(6).SubThemes);
        Assert.Equal("【木材サプライチェーン構築】", subTheme.Label);
        Assert.Equal(["■木造ビル・木造公共施設実例の共有、費用面での可能性、地元材による供給情報の集約"], parsed.Items("6-1", "2024Q1"));
        Assert.Equal(["■ネットワークからの九州での木造ビルの一般化推進"], parsed.Items("6-1", "2024Q3"));
        Assert.Empty(parsed.Items("6-1", "2024Q4"));
        Assert.Equal(["◎モビルネットワークが寄与した木造ビルの新規計画1件以上"], parsed.Items("6-1", "2024KGI"));
        Assert.Equal(["■モビルネットワークからの九州での木造ビル誘導", "■林業活性化へ専門部会と協業"], parsed.Items("6-1", "2025PLAN"));
        Assert.Equal(["◎ビル建築時の木造検討の一般化", "◎林業活性化への寄与"], parsed.Items("6-1", "2026KGI"));
        AssertReported(19, 5, "2024Q4 has no cell");
        AssertReported(20, 9, "added to 2026KGI of sub-theme 6-1");
    }

    [Fact]
    public void Parse_Lines22To24_ContinuationRowsAreUnlabelledSubThemes()
    {
        Assert.Equal(["■九経連会員企業への脱炭素経営に対する取組アンケートの実施"], parsed.Items("7-2", "2024Q1"));
        Assert.Equal(["◎水素等脱炭素技術の社会実装に向けた具体的プロジェクトの創出"], parsed.Items("7-2", "2026KGI"));
        AssertReported(23, 0, "new sub-theme 7-2");
        AssertReported(22, null, "3 sub-themes 7-1, 7-2, 7-3");
    }

    [Fact]
    public void Parse_Line24_TargetsInPlanColumns_KeepsPositionsAndReportsAmbiguity()
    {
        Assert.Empty(parsed.Items("7-3", "2024KGI"));
        Assert.Equal(["◎水素等脱炭素技術の社会実装に向けた具体策の検討(CN推進研究会)"], parsed.Items("7-3", "2025PLAN"));
        Assert.Equal(["◎水素等脱炭素技術の社会実装に向けた具体策の方向性の決定"], parsed.Items("7-3", "2025KGI"));
        Assert.Equal(["◎水素等脱炭素技術の社会実装に向けた具体的プロジェクトの創出"], parsed.Items("7-3", "2026PLAN"));
        Assert.Empty(parsed.Items("7-3", "2026KGI"));
        AssertReported(24, 9, "kept the positional reading");
    }

    [Fact]
    public void Parse_Line28_InitiativeAfterPageBreak_StaysUnderThePreviousStrategy()
    {
        Assert.Equal(3, parsed.Initiative(8).StrategyNumber);
        AssertReported(28, 0, "kept under 重点戦略3");
    }

    [Fact]
    public void Parse_Line36_KgiWordingShowsMissingQuarter()
    {
        Assert.Equal(["MOU活用施策の決定"], parsed.Items("11-1", "2024Q3"));
        Assert.Empty(parsed.Items("11-1", "2024Q4"));
        Assert.Equal("MOU締結先との連絡・情報共有体制が確立し、時宜を得た相手先との経済交流活動が進展している", parsed.Items("11-1", "2024KGI")[0]);
        Assert.Equal("MOU締結先の窓口情報の更新、情報交換などネットワークを維持。", parsed.Items("11-1", "2025PLAN")[0]);
        Assert.Equal(
        [
            "MOU締結先との連絡・情報共有体制が確立し、時宜を得た相手先との経済交流活動が進展している",
            "KPCの認知度・利活用実績の向上(イベント等を通じたベトナムとの交流や企業の海外展開実現)",
            "産業振興部・地域共創部と連携したMOU活用施策の実行",
            "医療渡航誘致施策の実施",
        ], parsed.Items("11-1", "2026KGI"));
        Assert.Contains(">○医療渡航プロモーションの施策立案・実施(地域共創部)", parsed.Items("11-1", "2024Q1"));
        Assert.All(parsed.SubTheme("11-1").Cells.SelectMany(c => c.Items).Where(i => i.Depth == 0), i => Assert.Equal(PlanItemMarker.None, i.Marker));
        AssertReported(36, 6, "2024Q4 has no cell");
    }

    [Fact]
    public void Parse_Line37_KgiWordingShowsMissingQuarter()
    {
        Assert.Equal(["World One Health Congress(2028開催)の誘致支援委員会活動支援"], parsed.Items("12-1", "2024Q1"));
        Assert.Empty(parsed.Items("12-1", "2024Q4"));
        Assert.Equal(["誘致支援委員会の計画進捗"], parsed.Items("12-1", "2024KGI"));
        Assert.Equal(["World One Health Congress(2028開催)の誘致支援委員会活動支援"], parsed.Items("12-1", "2026PLAN"));
        Assert.Equal(["誘致支援委員会の計画進捗"], parsed.Items("12-1", "2026KGI"));
        AssertReported(37, 6, "2024Q4 has no cell");
    }

    [Fact]
    public void Parse_Line39_CompleteRow_IsPositionalAndUnreported()
    {
        Assert.Equal(["方針決定", ">○課題整理した結果、事業の拡大について方針決定"], parsed.Items("13-1", "2024Q2"));
        Assert.Equal(["九州全域での先導的ICT人材育成(インターンシップ)事業展開"], parsed.Items("13-1", "2026KGI"));
        Assert.DoesNotContain(parsed.Report, d => d.Line == 39);
    }

    [Fact]
    public void Parse_Line41_SameTextEverywhere_KeepsPositionsAndReportsAmbiguity()
    {
        Assert.Equal(["買上げ実施中小企業に対する支援策について九州地域戦略会議へ提案"], parsed.Items("14-1", "2024Q1"));
        Assert.Empty(parsed.Items("14-1", "2024Q2"));
        Assert.Equal(["適正な価格転嫁と買上げに関する呼びかけ(他団体との連携)"], parsed.Items("14-1", "2024KGI"));
        Assert.Equal(["適正な価格転嫁と買上げに関する呼びかけ(他団体との連携)"], parsed.Items("14-1", "2026PLAN"));
        Assert.Empty(parsed.Items("14-1", "2026KGI"));
        AssertReported(41, 10, "yearly cells all say the same");
    }

    [Theory]
    [InlineData(46, 15)]
    [InlineData(48, 16)]
    [InlineData(49, 17)]
    [InlineData(50, 18)]
    [InlineData(51, 19)]
    public void Parse_RowWithoutDepartmentCell_ReportsNoDepartment(int line, int initiative)
    {
        Assert.Null(parsed.Initiative(initiative).Department);
        AssertReported(line, 2, $"initiative {initiative} has no department");
    }

    [Fact]
    public void Parse_ShortPlainFirstCellOnPageWithoutDepartmentColumn_IsAPlanItemNotADepartment()
    {
        var lines = SeedDocument.Text.Split('\n');
        var cells = lines[45].Split('\t');
        cells[2] = "調査";
        lines[45] = string.Join('\t', cells);

        var edited = new PlanDocumentParser().Parse(string.Join('\n', lines));

        Assert.Null(edited.Initiative(15).Department);
        Assert.Equal(["調査"], edited.Items("15-1", "2024Q1"));
    }

    [Fact]
    public void Parse_Page5_ItemsStartAtTheCellAfterTheTitle()
    {
        Assert.Equal("■WE-Net福岡「修了生の本会事業への参画」", parsed.Items("15-1", "2024Q1")[0]);
        Assert.Equal(">○WE-Net事務局と調整(メンバー選定)", parsed.Items("15-1", "2024Q1")[1]);
        Assert.Equal("○当会事業への参画10名/年(累計30名)", parsed.Items("15-1", "2026KGI")[0]);
        Assert.Empty(parsed.Items("18-1", "2026KGI"));
    }

    [Fact]
    public void Parse_Line56_MixedHtmlAndPlainCells()
    {
        Assert.Equal(["■災害情報活用プラットフォームを活用した広域連携の実証・実装", ">○大分・宮崎県PoCを踏まえた他県展開の検討"], parsed.Items("20-1", "2024Q1"));
        Assert.Empty(parsed.Items("20-1", "2024Q2"));
        Assert.Equal(["○出水期にてPoC実施"], parsed.Items("20-1", "2024Q3"));
        Assert.Equal(["◎複数県連携に資する災害情報活用プラットフォーム実装4県(累計)"], parsed.Items("20-1", "2026KGI"));
        Assert.Equal(["◎実装(QDPとの連携) 1件"], parsed.Items("20-5", "2026KGI"));
    }

    [Fact]
    public void Parse_Line62_FirstListItemIsTheLabel()
    {
        Assert.Equal(["■要望・継続開催調整、大会ボランティア募集、協力企業への対応"], parsed.Items("21-1", "2024Q1"));
        Assert.Equal(["◎第4回ツール・ド・九州開催"], parsed.Items("21-1", "2026KGI"));
        Assert.Equal(["■産学官民との連携", "■地域活性化施策の検討"], parsed.Items("21-2", "2024Q1"));
        AssertReported(62, 2, "sub-theme 21-1 labelled '①レース運営支援'");
    }

    [Fact]
    public void Parse_Line65_StrayTdCopiesDroppedAndExtraCellMergedIntoLastQuarter()
    {
        Assert.Equal(["○若者の地元定着施策", "○外国人材確保 等"], parsed.Items("22-2", "2024Q1"));
        Assert.Equal(["○高校生向け探求学習"], parsed.Items("22-2", "2024Q3"));
        Assert.Equal(["○九州コンソーシアム事業内容検討", "○九州コンソーシアム事業実施"], parsed.Items("22-2", "2024Q4"));
        Assert.Equal(["◎人材確保に向けた事業実施1件"], parsed.Items("22-2", "2024KGI"));
        Assert.Equal(["○九州コンソーシアム事業推進"], parsed.Items("22-2", "2025PLAN"));
        Assert.Equal(["◎人材確保に向けた事業実施1件"], parsed.Items("22-2", "2026KGI"));
        AssertReported(65, 4, "dropped the copies");
        AssertReported(65, 6, "cells 5 and 6 both read as 2024Q4");
    }

    [Fact]
    public void Parse_Line67_TargetsInPlanColumn_KeepsPositionsAndReportsAmbiguity()
    {
        Assert.Equal(4, parsed.Items("22-4", "2026PLAN").Length);
        Assert.Empty(parsed.Items("22-4", "2026KGI"));
        AssertReported(67, 9, "kept the positional reading");
    }

    [Theory]
    [InlineData(8)]
    [InlineData(11)]
    [InlineData(29)]
    [InlineData(31)]
    [InlineData(39)]
    [InlineData(57)]
    public void Parse_RegularRow_IsNotReportedBeyondItsContinuation(int line) =>
        Assert.DoesNotContain(parsed.Report, d => d.Line == line && !d.Found.StartsWith("continuation row (empty", StringComparison.Ordinal));

    [Fact]
    public void Parse_Seed_NothingIsDropped()
    {
        var initiativeNumber = 0;
        for (var line = 1; line < SeedDocument.Lines.Count; line++)
        {
            var cells = SeedDocument.Lines[line].Split('\t');
            var first = Plain(cells[0]);
            if (cells.Length < 11 || first.StartsWith("重点戦略", StringComparison.Ordinal) || first == "具体的取組" || cells.Any(c => c.Trim() == "1Q"))
            {
                continue;
            }

            if (LeadingNumber().Match(first) is { Success: true } number)
            {
                initiativeNumber = int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            var initiative = parsed.Initiative(initiativeNumber);
            var stored = string.Join("\n", new[] { initiative.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), initiative.Title, initiative.Department ?? "" }
                .Concat(initiative.SubThemes.Select(s => s.Label ?? ""))
                .Concat(initiative.SubThemes.SelectMany(s => s.Cells).SelectMany(c => c.Items).Select(i => i.ToString())));
            foreach (var token in cells.SelectMany(c => Tokens(Plain(c))))
            {
                Assert.True(stored.Contains(token, StringComparison.Ordinal), $"line {line}: '{token}' is not in initiative {initiativeNumber}");
            }
        }
    }

    [Fact]
    public void Parse_Seed_EveryBulletBecomesAnItemOfItsMarker()
    {
        // Count the bullets of the data rows independently (tags stripped, a marker at the start or after a space),
        // leaving out only the stray <td> copies of line 65 that the parser drops after checking they repeat cells 5–11.
        var text = string.Join("\n", SeedDocument.Lines.Select(l => StrayTd().Replace(l, "")));
        var plain = Regex.Replace(WebUtility.HtmlDecode(TagPattern().Replace(text, " ")), @"\s+", " ");
        var items = parsed.Plan.SubThemes.SelectMany(s => s.Cells).SelectMany(c => c.Items).ToArray();

        foreach (var (symbol, marker) in new[] { ('■', PlanItemMarker.Action), ('○', PlanItemMarker.SubAction), ('◎', PlanItemMarker.Target), ('→', PlanItemMarker.CarriedOver), ('・', PlanItemMarker.Detail) })
        {
            var written = Regex.Matches(plain, $"(?:^| |\t){Regex.Escape(symbol.ToString())}").Count;
            Assert.Equal((symbol, written), (symbol, items.Count(i => i.Marker == marker)));
        }
    }

    [Fact]
    public void Parse_Seed_ReportsNothingTwice()
    {
        Assert.Equal(parsed.Report.Count, parsed.Report.Distinct().Count());
    }

    private void AssertReported(int line, int? cell, string decided) =>
        Assert.Contains(parsed.Report, d => d.Line == line && d.Cell == cell && d.Decided.Contains(decided, StringComparison.Ordinal)
            || d.Line == line && d.Cell == cell && d.Found.Contains(decided, StringComparison.Ordinal));

    private static string Plain(string cell) =>
        Regex.Replace(WebUtility.HtmlDecode(TagPattern().Replace(cell, " ")), @"\s+", " ").Trim();

    private static IEnumerable<string> Tokens(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => "■○◎→・".Contains(t[0], StringComparison.Ordinal) ? t[1..] : t)
            .Where(t => t.Length > 0);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("<td>.*?</td>")]
    private static partial Regex StrayTd();

    [GeneratedRegex("^[0-9]+")]
    private static partial Regex LeadingNumber();
}
