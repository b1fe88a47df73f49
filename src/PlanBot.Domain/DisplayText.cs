using System.Globalization;
using System.Text;

namespace PlanBot.Domain;

/// <summary>
/// Cuts text to fit a line of a card or a digest: whitespace runs (line breaks included) become one space, and a cut
/// never splits a character (a text element: an emoji family or a kana with its mark stays whole).
/// </summary>
public static class DisplayText
{
    /// <summary>Marks where text was cut.</summary>
    public const string Ellipsis = "…";

    /// <summary>The text on one line, at most <paramref name="max"/> characters (text elements) with the ellipsis; and whether it was cut.</summary>
    public static (string Text, bool IsTruncated) Shorten(string text, int max)
    {
        var line = OneLine(text);
        var info = new StringInfo(line);
        return info.LengthInTextElements <= max
            ? (line, false)
            : (info.SubstringByTextElements(0, max - 1).TrimEnd() + Ellipsis, true);
    }

    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
