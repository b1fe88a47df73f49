using PlanBot.Domain.Import;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.Tests.Import;

public sealed class CellItemReaderTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("   ", new string[0])]
    [InlineData("■課題整理", new[] { "■課題整理" })]
    [InlineData("■連携方法の検討 ・平場 ・先進JA", new[] { "■連携方法の検討", ">・平場", ">・先進JA" })]
    [InlineData("○a ○b", new[] { "○a", "○b" })]
    [InlineData("方針決定 ○課題整理", new[] { "方針決定", ">○課題整理" })]
    [InlineData("大分・宮崎 成果確認→次回", new[] { "大分・宮崎 成果確認→次回" })]
    [InlineData("→", new[] { "→" })]
    [InlineData("<ul> <li>■A <ul> <li>○B</li> </ul> </li> <li>■C</li> </ul>", new[] { "■A", ">○B", "■C" })]
    [InlineData("<ul><li>■A</li><li>○B</li><li>■C</li><li>○D</li></ul>", new[] { "■A", ">○B", "■C", ">○D" })]
    [InlineData("<ul><li>①見出し<ul><li>■A</li></ul></li><li>②次</li></ul>", new[] { "①見出し", ">■A", "②次" })]
    [InlineData("<ul><li>組成&amp;進捗 &lt;b&gt;</li></ul>", new[] { "組成&進捗 <b>" })]
    [InlineData("<b>太字</b>と続く", new[] { "太字と続く" })]
    [InlineData("a <td>b</td> <td>c", new[] { "a", "b", "c" })]
    [InlineData("1 < 2 and 3 > 2", new[] { "1 < 2 and 3 > 2" })]
    [InlineData("<ul><li>unclosed <ul> <li>x", new[] { "unclosed", ">x" })]
    [InlineData("</ul></li></ul>text<", new[] { "text<" })]
    public void Read_Cell_GivesItemsWithMarkersAndDepth(string cell, string[] expected) =>
        Assert.Equal(expected, CellItemReader.Read(cell).Select(SeedDocument.Show));

    [Theory]
    [InlineData("&#xFFFFFFFFF; &#1114112; &#xD800; &#; &amp &unknown; &")]
    [InlineData("<<<<>>>> </> <!-- x --> <![CDATA[ y ]]> <ul <li>")]
    [InlineData("\uD800 ■\uDC00 ○")]
    public void Read_MalformedMarkupAndEntities_NeverThrows(string cell)
    {
        var items = CellItemReader.Read(cell);

        Assert.NotEmpty(items);
    }

    [Fact]
    public void Read_WhitespaceRuns_AreCollapsed() =>
        Assert.Equal(new PlanItem(PlanItemMarker.Action, "中小企業の DX 実装支援"), Assert.Single(CellItemReader.Read("■中小企業の \t DX\u3000実装支援   ")));

    [Fact]
    public void PlainText_StrategyHeading_DropsInlineTags() =>
        Assert.Equal("重点戦略2. 各産業の高度化", CellItemReader.PlainText("<b>重点戦略2. 各産業の高度化</b>"));
}
