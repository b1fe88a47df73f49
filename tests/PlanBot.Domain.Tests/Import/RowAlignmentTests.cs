using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Tests.Import;

public sealed class RowAlignmentTests
{
    private static IReadOnlyList<IReadOnlyList<PlanItem>> Row(params string[] cells) =>
        cells.Select(c => CellItemReader.Read(c)).ToArray();

    [Fact]
    public void Choose_RegularRow_IsPositional()
    {
        var (chosen, rival) = RowAlignment.Choose(Row("■a", "■b", "■c", "■d", "◎k", "■p", "◎k2", "■p2", "◎k3"));

        Assert.Equal(AlignmentKind.Positional, chosen.Kind);
        Assert.Null(rival);
    }

    [Fact]
    public void Choose_ActionsInKgiColumns_FindsTheMissingCell()
    {
        var (chosen, _) = RowAlignment.Choose(Row("■a", "■b", "■c", "■d", "◎k", "◎k2", "■p2", "◎k3", ""));

        Assert.Equal((AlignmentKind.MissingCell, 5), (chosen.Kind, chosen.Slot));
    }

    [Fact]
    public void Choose_MissingQuarter_TakesTheLastQuarter()
    {
        var (chosen, _) = RowAlignment.Choose(Row("■a", "■b", "■c", "◎k", "■p", "◎k2", "■p2", "◎k3", ""));

        Assert.Equal((AlignmentKind.MissingCell, 3), (chosen.Kind, chosen.Slot));
    }

    [Fact]
    public void Choose_TenCells_MergesTheExtraIntoTheLastQuarter()
    {
        var (chosen, _) = RowAlignment.Choose(Row("○a", "→", "○b", "○c", "○d", "◎k", "○p", "◎k2", "○p2", "◎k3"));

        Assert.Equal((AlignmentKind.ExtraCell, 3), (chosen.Kind, chosen.Slot));
        Assert.Equal([3, 4], chosen.Sources[3]);
    }

    [Fact]
    public void Choose_UnmarkedRowWithKgiWordingShifted_FindsTheMissingQuarter()
    {
        var kgi = "体制が確立し交流活動が進展している";
        var plan = "窓口情報の更新と情報交換でネットワークを維持";
        var (chosen, _) = RowAlignment.Choose(Row("計画", "選定", "決定", kgi, plan, kgi, plan, kgi, ""));

        Assert.Equal((AlignmentKind.MissingCell, 3), (chosen.Kind, chosen.Slot));
    }

    [Fact]
    public void Choose_UnmarkedRowSayingTheSameEverywhere_StaysPositionalWithRival()
    {
        var same = "適正な価格転嫁と買上げに関する呼びかけ";
        var (chosen, rival) = RowAlignment.Choose(Row("提案", "", same, "", same, same, same, same, ""));

        Assert.Equal(AlignmentKind.Positional, chosen.Kind);
        Assert.NotNull(rival);
    }

    [Theory]
    [InlineData("abcd", "abcd", 1.0)]
    [InlineData("abcd", "wxyz", 0.0)]
    [InlineData("", "abcd", 0.0)]
    public void Similarity_Texts_IsDiceOverBigrams(string a, string b, double expected) =>
        Assert.Equal(expected, RowAlignment.Similarity(a, b), 3);
}
