using System.Buffers;
using System.Globalization;
using System.Text;

namespace PlanBot.Domain;

/// <summary>
/// Decodes a file people write and PlanBot stores from (the plan document, the roster, the assignments) strictly:
/// UTF-8 with or without its BOM, or UTF-16 with its BOM. A byte that is not text in that encoding, or a control
/// character no such file holds (NUL, and the C0 controls other than tab and line ends), is refused with its byte offset
/// and line, rather than stored as U+FFFD or an invisible character.
/// </summary>
public static class TextFile
{
    /// <summary>The file's text (without BOM), or what is wrong with it.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="allowUtf16">Whether a UTF-16 BOM is honoured (Excel's "Unicode text"); otherwise only UTF-8 is.</param>
    public static (string? Text, TextFileProblem? Problem) Decode(ReadOnlySpan<byte> bytes, bool allowUtf16 = true)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes, 3);
        }

        if (allowUtf16 && (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])))
        {
            return DecodeUtf16(bytes, bigEndian: bytes[0] == 0xFE);
        }

        return DecodeUtf8(bytes, 0);
    }

    private static (string? Text, TextFileProblem? Problem) DecodeUtf8(ReadOnlySpan<byte> bytes, int start)
    {
        var line = 1;
        for (var offset = start; offset < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed) != OperationStatus.Done)
            {
                return (null, new TextFileProblem(offset, line, string.Create(CultureInfo.InvariantCulture, $"the byte 0x{bytes[offset]:X2} is not UTF-8")));
            }

            if (Refused(rune) is { } problem)
            {
                return (null, new TextFileProblem(offset, line, problem));
            }

            line += rune.Value == '\n' ? 1 : 0;
            offset += consumed;
        }

        return (Encoding.UTF8.GetString(bytes[start..]), null);
    }

    private static (string? Text, TextFileProblem? Problem) DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        var units = new char[(bytes.Length - 2) / 2];
        for (var i = 0; i < units.Length; i++)
        {
            var pair = bytes.Slice(2 + (2 * i), 2);
            units[i] = (char)(bigEndian ? (pair[0] << 8) | pair[1] : (pair[1] << 8) | pair[0]);
        }

        var line = 1;
        for (var i = 0; i < units.Length;)
        {
            var offset = 2L + (2L * i);
            if (Rune.DecodeFromUtf16(units.AsSpan(i), out var rune, out var consumed) != OperationStatus.Done)
            {
                return (null, new TextFileProblem(offset, line, string.Create(CultureInfo.InvariantCulture, $"the code unit 0x{(int)units[i]:X4} is not UTF-16 text (a lone surrogate)")));
            }

            if (Refused(rune) is { } problem)
            {
                return (null, new TextFileProblem(offset, line, problem));
            }

            line += rune.Value == '\n' ? 1 : 0;
            i += consumed;
        }

        return bytes.Length % 2 == 1
            ? (null, new TextFileProblem(bytes.Length - 1, line, "the file ends in half a UTF-16 character"))
            : (new string(units), null);
    }

    private static string? Refused(Rune rune) => rune.Value switch
    {
        0 => "a NUL byte (U+0000): the file is not text, or not in this encoding",
        '\t' or '\n' or '\r' => null,
        < 0x20 or 0x7F => string.Create(CultureInfo.InvariantCulture, $"a control character (U+{rune.Value:X4}) that text never holds"),
        _ => null,
    };
}
