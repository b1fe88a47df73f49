using PlanBot.Domain.Questions;

namespace PlanBot.Domain.Tests.Questions;

public sealed class QuestionNormaliserTests
{
    [Theory]
    [InlineData("じゅんちょう", "ジュンチョウ")]
    [InlineData("じゅんちょう", "ｼﾞｭﾝﾁｮｳ")]
    [InlineData("インターンシップ", "いんたーんしっぷ")]
    [InlineData("インターンシップ", "インタ-ンシップ")]
    [InlineData("インターンシップ", "インタ〜ンシップ")]
    [InlineData("インターンシップ", "ｲﾝﾀｰﾝｼｯﾌﾟ")]
    [InlineData("ウェブ", "ウエブ")]
    [InlineData("キャンセル", "キヤンセル")]
    [InlineData("ヶ月", "か月")]
    [InlineData("ＭＩＣＥ", "mice")]
    [InlineData("Ｑ３", "q3")]
    public void Key_Spellings_CompareEqual(string one, string other) =>
        Assert.Equal(QuestionNormaliser.Key(one), QuestionNormaliser.Key(other));

    [Theory]
    [InlineData("マース", "ます")] // MaaS must not be read in お願いします
    [InlineData("10-12月", "10ー12月")] // a dash between digits stays a dash
    public void Key_DifferentWords_StayDifferent(string one, string other) =>
        Assert.NotEqual(QuestionNormaliser.Key(one), QuestionNormaliser.Key(other));

    [Fact]
    public void Keys_WordEndingInLongVowel_AlsoWithout() =>
        Assert.Equal(["ゆーざー", "ゆーざ"], QuestionNormaliser.Keys("ユーザー"));

    [Fact]
    public void Fold_MapsEveryKeyCharacterBackToWhatWasWritten()
    {
        var folded = QuestionNormaliser.Fold("ｼﾞｪﾝﾀﾞｰの状況".Normalize(System.Text.NormalizationForm.FormKC));

        Assert.Equal("じえんだーの状況", folded.Key);
        Assert.Equal("ジェンダー", folded.ShownOf(0, 5));
        Assert.True(folded.IsHiraganaAt(5));
        Assert.False(folded.IsHiraganaAt(0));
    }

    [Theory]
    [InlineData("<at>PlanBot</at> 取組9の状況", "取組9の状況")]
    [InlineData("<div><span itemscope itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">PlanBot</span>&nbsp;取組9</div>", "planbot 取組9")]
    [InlineData("<p>取組9の</p><p>状況</p>", "取組9の 状況")]
    [InlineData("&lt;b&gt;遅延&lt;/b&gt;", "遅延")]
    [InlineData("＜at＞PlanBot＜/at＞ 今期", "今期")]
    [InlineData("取組９\r\n\t状況", "取組9 状況")]
    public void Question_TeamsMarkup_RemovedBeforeReading(string text, string expected) =>
        Assert.Equal(expected, QuestionNormaliser.Question(text, _ => false, out _));

    [Fact]
    public void Question_MentionOfSomeoneOnTheRoster_KeepsTheirName() =>
        Assert.Equal("鈴木 一郎 の担当", QuestionNormaliser.Question("<at>鈴木 一郎</at>の担当", n => n == "鈴木 一郎", out _));

    /// <summary>The parser's patterns run on matching keys, so they must be written as keys (くおーたー, not クォーター).</summary>
    [Fact]
    public void Patterns_AreWrittenAsMatchingKeys()
    {
        foreach (var pattern in QuestionParser.Patterns.Select(p => p.ToString()))
        {
            Assert.Equal(pattern, QuestionNormaliser.Fold(pattern).Key);
        }
    }
}
