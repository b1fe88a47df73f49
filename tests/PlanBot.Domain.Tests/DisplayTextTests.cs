using System.Globalization;
using CsCheck;

namespace PlanBot.Domain.Tests;

public sealed class DisplayTextTests
{
    [Fact]
    public void Shorten_AnyText_IsOneLineWithinTheLimitAndNeverSplitsACharacter()
    {
        Gen.Select(Gen.String, Gen.Int[10, 80]).Sample((text, max) =>
        {
            var (shortened, truncated) = DisplayText.Shorten(text, max);

            Assert.DoesNotContain('\n', shortened);
            Assert.InRange(new StringInfo(shortened).LengthInTextElements, 0, max);
            Assert.Equal(truncated, shortened != DisplayText.OneLine(text));
            Assert.False(shortened.Length > 0 && char.IsHighSurrogate(shortened[^1]));
        });
    }

    [Fact]
    public void Shorten_EmojiAtTheCut_KeepsItWholeOrDropsIt()
    {
        var (text, truncated) = DisplayText.Shorten("あいうえおかきく👨‍👩‍👧けこさしすせそ", 10);

        Assert.True(truncated);
        Assert.Equal("あいうえおかきく👨‍👩‍👧…", text);
    }

    [Theory]
    [InlineData("短い", 10, "短い")]
    [InlineData("  改行\nと\t空白  ", 10, "改行 と 空白")]
    [InlineData("0123456789ABC", 10, "012345678…")]
    public void Shorten_Text_FitsTheLimitWithTheEllipsisCounted(string text, int max, string expected)
    {
        Assert.Equal(expected, DisplayText.Shorten(text, max).Text);
    }
}
