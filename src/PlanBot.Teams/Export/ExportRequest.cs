using System.Text.RegularExpressions;
using PlanBot.Domain.Calendar;

namespace PlanBot.Teams.Export;

/// <summary>
/// Reads a chat message as a request for the board paper: 「エクスポート」「Excelで出して」「報告書」「理事会資料」, with
/// or without a quarter (「2026Q2の報告書」「エクスポート 2026年度第3四半期」). Anything else is not one, so questions
/// such as 「2026Q3の遅延は?」 still reach the question engine.
/// </summary>
internal static partial class ExportRequest
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "エクスポート", "export", "excel", "エクセル", "excelで出して", "エクセルで出して", "excelでください", "エクセルでください",
        "excelで", "エクセルで", "報告書", "進捗報告書", "報告書を出して", "理事会資料",
    };

    /// <summary>True when <paramref name="text"/> (already normalised) asks for the paper; <paramref name="quarter"/> is the one named, if any.</summary>
    public static bool TryRead(string text, out FiscalQuarter? quarter, out string? unreadableQuarter)
    {
        quarter = null;
        unreadableQuarter = null;
        var rest = text;
        if (QuarterCode().Match(rest) is { Success: true } code)
        {
            quarter = new FiscalQuarter(int.Parse(code.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), code.Groups[2].Value[0] - '0');
            rest = rest.Remove(code.Index, code.Length);
        }
        else if (JapaneseQuarter().Match(rest) is { Success: true } written)
        {
            quarter = new FiscalQuarter(int.Parse(written.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), written.Groups[2].Value[0] - '0');
            rest = rest.Remove(written.Index, written.Length);
        }

        var words = Filler().Replace(rest, string.Empty);
        if (!Words.Contains(words))
        {
            // 「エクスポート 3Q」: the request is clear, the quarter is not.
            var command = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (command is not null && Words.Contains(Filler().Replace(command, string.Empty)) && quarter is null)
            {
                unreadableQuarter = rest[command.Length..].Trim();
                return unreadableQuarter.Length > 0;
            }

            quarter = null;
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"(?<!\d)((?:19|20)\d\d)\s*[Qq]\s*([1-4])(?!\d)")]
    private static partial Regex QuarterCode();

    [GeneratedRegex(@"((?:19|20)\d\d)\s*年度\s*(?:第\s*)?([1-4])\s*(?:四半期|[Qq])")]
    private static partial Regex JapaneseQuarter();

    /// <summary>Particles, spaces and closing punctuation around the words: 「2026Q2 の 報告書。」 reads as 「報告書」.</summary>
    [GeneratedRegex(@"^[\sのを、。.!！?？]+|[\sのを、。.!！?？]+$|\s+")]
    private static partial Regex Filler();
}
