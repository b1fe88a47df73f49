using PlanBot.Domain.Digest;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Domain.Tests.People;
using static PlanBot.Domain.Tests.Digest.DigestScenario;
using Person = PlanBot.Domain.People.Person;
using PersonRole = PlanBot.Domain.People.PersonRole;

namespace PlanBot.Domain.Tests.Digest;

/// <summary>The plain-text digest, line by line, on the scripted week and on empty states.</summary>
public sealed class DigestTextTests
{
    private static readonly WeeklyDigest Week = Build(Input());

    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void Render_ScriptedWeek_ReadsAsExpected()
    {
        var text = DigestText.Render(Build(Input()));

        Assert.Equal(
            [
                "週次ダイジェスト 2027年1月4日",
                "2026年度 第4四半期（残り 59 営業日）",
                "",
                "【回答状況】2026年度 第3四半期",
                "項目 5/8件（63%）・担当者 4/6人（67%）",
                "【未回答（部署別）】",
                "・総務国際部（1件）: 総務 三郎",
                "・経営企画室（2件）: 管理 者",
                "",
                "【状況】2026年度 第3四半期（8件）",
                "完了　 ■□□□□□□□□□ 1",
                "要注意 ■■■□□□□□□□ 2",
                "遅延　 ■■■□□□□□□□ 2",
                "未回答 ■■■■□□□□□□ 3",
                "ほかに、担当者がいないため確認していない項目が 1件あります（名簿確認で確認できます）。",
                "【重点戦略別】",
                "1. 「新生シリコンアイランド九州」の実現  遅延1",
                "2. 各産業の高度化・持続可能性向上・成長支援  完了1 遅延1 未回答1",
                "5. 組織運営  要注意2 未回答2",
                "",
                "【前回（12月28日）からの変化】",
                "遅延になった項目",
                "・5-1 ①域外企業の農業参入促進（地域 次郎・12/28・順調→遅延）",
                "要注意になった項目",
                "・20-1 中期事業計画の進捗管理（管理 者・12/29・順調→要注意）",
                "完了した項目",
                "・5-2 ②地域企業による地域農業への、人的支援、副業認…（地域 花子・12/28・要注意→完了）",
                "新しいコメント",
                $"・12/28 地域 次郎（5-1 遅延）: {Week.Changes.Comments.Items[0].Text}",
                "・12/28 地域 花子（5-2 完了）: モデル事業の報告書を提出しました",
                "・12/29 管理 者（20-1 要注意）: 予算の確定待ちです",
                "・12/30 産業 二郎（1-1 遅延）: 引き続き調整中です",
                "",
                "【2026年度のKGI】9件（完了 1件・年度経過 76%）",
                "・1-1 九州地域戦略会議と連携した「新生シリコンアイラ…: 遅延（50%）",
                "・5-1 ①域外企業の農業参入促進: 遅延（70%）",
                "・14-1 国際交流の推進: 要注意（55%）",
                "・20-1 中期事業計画の進捗管理: 要注意（60%）",
                "・13-1 大規模災害に備えた防災・減災の推進: 進捗 20%（ペース遅れ）",
                "",
            ],
            Lines(text));
    }

    [Fact]
    public void Render_SmallLimits_SaysHowManyMore()
    {
        var text = DigestText.Render(Build(Input(), DigestLimits.Default with { MaxListItems = 2 }));

        var lines = Lines(text);
        var comments = Array.IndexOf(lines, "新しいコメント");
        Assert.Equal("ほか 2件", lines[comments + 3]);
        Assert.Equal("ほか 3件", lines[^2]);
    }

    [Fact]
    public void Render_MemberScope_NamesNoOtherDepartment()
    {
        var text = DigestText.Render(Build(Input(DigestScope.ForAsker(SamplePlan.Chiiki1))));

        Assert.Equal("地域 花子さんの担当と地域共創部の項目", Lines(text)[1]);
        Assert.Contains("全員が回答済みです。", Lines(text));
        foreach (var other in new[] { "産業 一郎", "産業 二郎", "産業振興部", "総務", "管理 者", "経営企画室", "SR-防災", "1-1", "14-1", "20-1", "13-1" })
        {
            Assert.DoesNotContain(other, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_MemberWhoseItemIsOwnedByAnotherDepartment_ShowsTheRateButNotTheOwner()
    {
        // 13 belongs to SR-防災 but is assigned to 総務 三郎 of 総務国際部, who has not answered it.
        var bousai = new Person("防災 太郎", "taro@example.jp", null, "SR-防災", PersonRole.Member);

        var text = DigestText.Render(Build(Input(DigestScope.ForAsker(bousai))));

        Assert.Contains("項目 0/1件（0%）", Lines(text));
        Assert.DoesNotContain("全員が回答済みです。", Lines(text));
        Assert.DoesNotContain("総務", text, StringComparison.Ordinal);
        Assert.Contains("・13-1 大規模災害に備えた防災・減災の推進: 進捗 20%（ペース遅れ）", Lines(text));
    }

    [Fact]
    public void Render_NoCycleNoReports_SaysSoInJapanese()
    {
        var digest = Build(new DigestInput(SamplePlan.Plan, Ownership, [], null, null, Jst(2026, 11, 30, 9, 0), DigestScope.Everything));

        var lines = Lines(DigestText.Render(digest));

        Assert.Equal(
            [
                "週次ダイジェスト 2026年11月30日",
                "2026年度 第3四半期（残り 21 営業日）",
                "",
                "今期の進捗確認はまだ始まっていません。",
                "",
                "【状況】2026年度 第3四半期（9件）",
                "未回答 ■■■■■■■■■■ 9",
            ],
            lines[..7]);
        Assert.Contains("【この7日間の変化】", lines);
        Assert.Contains("この7日間に変化はありません。", lines);
        Assert.DoesNotContain(lines, l => l.Contains("前回", StringComparison.Ordinal));
        Assert.Contains("【2026年度のKGI】9件（完了 0件・年度経過 67%）", lines);
        Assert.Contains("注意が必要なKGIはありません。", lines);
    }

    [Fact]
    public void Render_AfterThePlanEnds_SaysThereIsNothingToCount()
    {
        var digest = Build(new DigestInput(SamplePlan.Plan, Ownership, [], null, null, Jst(2027, 5, 10, 9, 0), DigestScope.Everything));

        var lines = Lines(DigestText.Render(digest));

        Assert.Contains("対象の項目はありません。", lines);
        Assert.Contains("今年度のKGIはありません。", lines);
        Assert.DoesNotContain("【重点戦略別】", lines);
    }

    [Fact]
    public void Render_ClosedCycleAllAnswered_SaysEveryoneAnswered()
    {
        var cycle = Cycle(withAnswers: false);
        foreach (var recipient in cycle.Recipients)
        {
            var reports = recipient.SubThemeKeys
                .Select(k => new ProgressReport(k, CycleQuarter, ProgressStatus.OnTrack, 80, null, recipient.Owner.Email, Jst(2026, 12, 23, 9, 0)))
                .ToArray();
            cycle.RecordAnswers(new ProgressSubmission(
                SubmissionId.New(), CycleQuarter, recipient.Owner.Email, Jst(2026, 12, 23, 9, 0), reports));
        }

        cycle.Close(Jst(2027, 1, 8, 18, 0));

        var lines = Lines(DigestText.Render(Build(Input(cycle: cycle))));

        Assert.Contains("【回答状況】2026年度 第3四半期（締切済み）", lines);
        Assert.Contains("項目 8/8件（100%）・担当者 6/6人（100%）", lines);
        Assert.Contains("全員が回答済みです。", lines);
    }

    [Theory]
    [InlineData(0, 9, "□□□□□□□□□□")]
    [InlineData(1, 9, "■□□□□□□□□□")]
    [InlineData(1, 100, "■□□□□□□□□□")] // a non-zero count always shows
    [InlineData(4, 9, "■■■■□□□□□□")]
    [InlineData(9, 9, "■■■■■■■■■■")]
    [InlineData(0, 0, "□□□□□□□□□□")]
    public void Bar_CountOfTotal_FillsItsShare(int count, int total, string expected)
    {
        Assert.Equal(expected, DigestText.Bar(count, total));
    }
}
