using CsCheck;
using PlanBot.Domain.Digest;
using PlanBot.Domain.Progress;
using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Digest;

namespace PlanBot.Teams.Tests.Digest;

public sealed class DigestChartTests
{
    private static StatusCounts Counts(params (ProgressStatus? Status, int Count)[] counts) =>
        new([.. StatusCounts.Order.Select(s => new StatusCount(s, counts.Where(c => c.Status == s).Sum(c => c.Count)))]);

    private static StrategyStatusCounts Strategy(int number, int unanswered) => new(number, $"戦略{number}", Counts((null, unanswered)));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(7, 1)]
    [InlineData(20, 1)]
    [InlineData(21, 2)]
    [InlineData(40, 2)]
    [InlineData(41, 3)]
    public void UnitFor_LargestStrategy_OneCellPerSubThemeUntilItNoLongerFits(int largest, int unit)
    {
        Assert.Equal(unit, DigestChart.UnitFor([Strategy(1, 3), Strategy(2, largest)]));
    }

    [Fact]
    public void UnitFor_NoStrategies_One()
    {
        Assert.Equal(1, DigestChart.UnitFor([]));
    }

    [Fact]
    public void StackedBar_CoarserScale_RoundsEachStatusButKeepsEveryNonZeroOne()
    {
        var bar = DigestChart.StackedBar(Counts((ProgressStatus.Completed, 1), (ProgressStatus.Delayed, 5), (null, 30)), unit: 2);

        Assert.Equal(
            [("■", TextColor.Good), ("■■■", TextColor.Attention), (new string('□', 15), null), ("  完了1 遅延5 未回答30", null)],
            bar.Inlines.Select(r => (r.Text, r.Color)));
    }

    [Fact]
    public void StatusRows_ZeroCountsLeftOutLabelsPaddedToOneWidth()
    {
        var rows = DigestChart.StatusRows(Counts((ProgressStatus.AtRisk, 1), (ProgressStatus.Cancelled, 3), (null, 6))).Cast<RichTextBlock>().ToList();

        Assert.Equal(
            ["要注意 ■ 1件", "中止\u3000 ■■■ 3件", "未回答 □□□□□□ 6件"],
            rows.Select(r => string.Concat(r.Inlines.Select(i => i.Text))));
        Assert.Equal([true, true], rows.Skip(1).Select(r => r.Inlines[1].IsSubtle));
    }

    [Fact]
    public void Cells_AnyCount_SameFilledCellsAsTheTextDigestsBar()
    {
        Gen.Int[0, 300].SelectMany(total => Gen.Int[0, total].Select(count => (count, total))).Sample(
            x => DigestChart.Cells(x.count, x.total, DigestText.BarWidth) == DigestText.Bar(x.count, x.total).Count(c => c == DigestTexts.BarFilled),
            iter: 500);
    }

    [Theory]
    [InlineData(0, 10, "□□□□□□□□□□")]
    [InlineData(1, 35, "■□□□□□□□□□")]
    [InlineData(9, 35, "■■■□□□□□□□")]
    [InlineData(10, 10, "■■■■■■■■■■")]
    public void AnswerBar_AnsweredOfAsked_AnsweredCellsThenUnanswered(int answered, int asked, string expected)
    {
        var runs = DigestChart.AnswerBar(answered, asked);

        Assert.Equal(expected, string.Concat(runs.Select(r => r.Text)));
        Assert.DoesNotContain(runs, r => r.Text.Length == 0);
    }
}
