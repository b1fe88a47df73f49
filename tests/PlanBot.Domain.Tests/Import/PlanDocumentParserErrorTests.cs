using PlanBot.Domain.Import;

namespace PlanBot.Domain.Tests.Import;

/// <summary>Documents that cannot be read as a plan fail with a located <see cref="PlanFormatException"/>.</summary>
public sealed class PlanDocumentParserErrorTests
{
    private static string Edit(int line, Func<string, string> change)
    {
        var lines = SeedDocument.Text.Split('\n');
        lines[line - 1] = change(lines[line - 1]);
        return string.Join('\n', lines);
    }

    private static string EditCell(int line, int cell, string value) =>
        Edit(line, l =>
        {
            var cells = l.Split('\t');
            cells[cell] = value;
            return string.Join('\t', cells);
        });

    private static PlanFormatException Fails(string text) =>
        Assert.Throws<PlanFormatException>(() => new PlanDocumentParser().Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("ただの文章")]
    public void Parse_NoHeader_Throws(string text) =>
        Assert.Contains("no header row", Fails(text).Reason, StringComparison.Ordinal);

    [Fact]
    public void Parse_HeaderOnly_ThrowsNoStrategy()
    {
        var text = string.Join('\n', SeedDocument.Lines.Skip(1).Take(6));

        Assert.Contains("no 重点戦略", Fails(text).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InitiativeBeforeAnyStrategy_ThrowsAtItsLine()
    {
        var error = Fails(Edit(7, _ => ""));

        Assert.Equal((8, 0), (error.Line, error.Cell));
    }

    [Fact]
    public void Parse_InitiativeNumberOutOfSequence_ThrowsAtItsLine()
    {
        var error = Fails(EditCell(9, 0, "3"));

        Assert.Equal((9, 0), (error.Line, error.Cell));
        Assert.Contains("expected 2", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicatedInitiativeRow_ThrowsAtTheDuplicate()
    {
        var error = Fails(Edit(9, l => SeedDocument.Lines[8] + "\n" + l));

        Assert.Equal(9, error.Line);
        Assert.Contains("out of sequence", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StrategyNumberOutOfSequence_ThrowsAtItsLine() =>
        Assert.Equal(10, Fails(Edit(10, l => l.Replace("重点戦略2.", "重点戦略3.", StringComparison.Ordinal))).Line);

    [Fact]
    public void Parse_StrategyWithoutInitiatives_ThrowsAtTheStrategy()
    {
        var lines = SeedDocument.Text.Split('\n');
        lines[7] = lines[8] = "";

        var error = Fails(string.Join('\n', lines));

        Assert.Equal((7, 0), (error.Line, error.Cell));
        Assert.Contains("has no initiatives", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextBesideStrategyHeading_ThrowsAtThatCell() =>
        Assert.Equal((10, 5), Fails(EditCell(10, 5, "余計な文")) is var e ? (e.Line, e.Cell) : default);

    [Fact]
    public void Parse_RowWithTabsRemoved_ThrowsAtThatLine()
    {
        var error = Fails(Edit(11, l => l.Replace("\t", "", StringComparison.Ordinal)));

        Assert.Equal(11, error.Line);
        Assert.Contains("the header row on line 5 has 12", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GarbageLineInsideAPage_ThrowsAtThatLine() =>
        Assert.Equal(13, Fails(Edit(13, _ => "garbage \u0001\u00ff")).Line);

    [Fact]
    public void Parse_GarbageInFirstCell_ThrowsAtThatCell() =>
        Assert.Equal((11, 0), Fails(EditCell(11, 0, "3x")) is var e ? (e.Line, e.Cell) : default);

    [Fact]
    public void Parse_HeaderYearsOutOfOrder_ThrowsAtTheHeader() =>
        Assert.Equal(14, Fails(Edit(14, l => l.Replace("2025年度", "2027年度", StringComparison.Ordinal))).Line);

    [Fact]
    public void Parse_QuarterHeaderMissing_ThrowsAtTheRowAfterTheHeader() =>
        Assert.Equal(16, Fails(Edit(15, _ => "")).Line);

    [Fact]
    public void Parse_ContinuationRowOpeningAPage_Throws()
    {
        var error = Fails(EditCell(28, 0, ""));

        Assert.Equal((28, 0), (error.Line, error.Cell));
    }

    [Fact]
    public void Parse_TruncatedInsideARow_ThrowsAtThatLine()
    {
        var text = SeedDocument.Text;
        var cut = text.IndexOf("輸出分科会との協業計画立案", StringComparison.Ordinal);

        Assert.Equal(12, Fails(text[..cut]).Line);
    }
}
