using System.Text;

namespace PlanBot.Domain.Tests;

public sealed class TextFileTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_Utf8WithOrWithoutBom_ReturnsTheTextWithoutBom(bool bom)
    {
        byte[] bytes = [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes("重点戦略\t1\r\n😀 タブ\tと改行\n")];

        var (text, problem) = TextFile.Decode(bytes);

        Assert.Null(problem);
        Assert.Equal("重点戦略\t1\r\n😀 タブ\tと改行\n", text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_Utf16WithBom_ReturnsTheText(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("重点戦略\n😀")];

        Assert.Equal("重点戦略\n😀", TextFile.Decode(bytes).Text);
    }

    [Fact]
    public void Decode_Utf16WhereOnlyUtf8IsAllowed_RefusesTheBomBytes()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a")];

        var (text, problem) = TextFile.Decode(bytes, allowUtf16: false);

        Assert.Null(text);
        Assert.Equal(new TextFileProblem(0, 1, "the byte 0xFF is not UTF-8"), problem);
    }

    [Theory]
    [InlineData(new byte[] { 0x80 }, "the byte 0x80 is not UTF-8")]
    [InlineData(new byte[] { 0xC0, 0xAF }, "the byte 0xC0 is not UTF-8")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "the byte 0xED is not UTF-8")]
    [InlineData(new byte[] { 0xE3, 0x81 }, "the byte 0xE3 is not UTF-8")]
    [InlineData(new byte[] { 0x00 }, "a NUL byte (U+0000): the file is not text, or not in this encoding")]
    [InlineData(new byte[] { 0x07 }, "a control character (U+0007) that text never holds")]
    [InlineData(new byte[] { 0x7F }, "a control character (U+007F) that text never holds")]
    public void Decode_BadBytesOnTheThirdLine_NamesTheirOffsetAndLine(byte[] bad, string reason)
    {
        var good = Encoding.UTF8.GetBytes("一行目\r\n二行目\nあ");
        byte[] bytes = [.. good, .. bad, .. "\n四"u8];

        var (text, problem) = TextFile.Decode(bytes);

        Assert.Null(text);
        Assert.Equal(new TextFileProblem(good.Length, 3, reason), problem);
        Assert.Equal($"byte offset {good.Length} (line 3): {reason}", problem!.ToString());
    }

    [Fact]
    public void Decode_Utf16LoneSurrogate_IsRefusedAtItsOffset()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("a\n"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("b")];

        var (_, problem) = TextFile.Decode(bytes);

        Assert.Equal(new TextFileProblem(6, 2, "the code unit 0xD800 is not UTF-16 text (a lone surrogate)"), problem);
    }

    [Fact]
    public void Decode_Utf16OddLength_IsRefused()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ab"), 0x41];

        Assert.Equal(new TextFileProblem(6, 1, "the file ends in half a UTF-16 character"), TextFile.Decode(bytes).Problem);
    }

    [Fact]
    public void Decode_Empty_IsEmptyText()
    {
        Assert.Equal("", TextFile.Decode([]).Text);
    }
}
