using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanBot.Domain.Questions;

/// <summary>
/// Turns chat text into the form the parser and topic search compare: Teams markup removed, HTML entities decoded,
/// NFKC (full-width Ｑ３ → q3, half-width ｶﾅ → カナ), ASCII lower-cased, control characters dropped, whitespace collapsed.
/// </summary>
internal static partial class QuestionNormaliser
{
    /// <summary>Questions are one or two sentences; anything longer is cut so parsing stays cheap and bounded.</summary>
    public const int MaxLength = 400;

    /// <summary>Marks the place of a recognised phrase in the working text; never occurs in normalised text.</summary>
    public const char Consumed = '\u0001';

    /// <summary>
    /// Normalises a question. A mention of someone on the roster becomes their plain name (「<at>田中 太郎</at>の担当分」
    /// asks about 田中's items); any other mention (the bot's own) is removed.
    /// </summary>
    public static string Question(string? text, Func<string, bool> isPersonName, out bool truncated)
    {
        truncated = false;
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Bound the work before any regex runs; a question never needs more than a few hundred characters.
        if (text.Length > MaxLength * 8)
        {
            text = text[..(MaxLength * 8)];
            truncated = true;
        }

        var s = Mention().Replace(text, m => isPersonName(Text(m.Groups[1].Value)) ? $" {m.Groups[1].Value} " : " ");
        s = Tag().Replace(s, " ");
        s = WebUtility.HtmlDecode(s);
        s = Text(s);

        // Full-width ＜at＞ only becomes a tag after NFKC.
        s = Mention().Replace(s, m => isPersonName(m.Groups[1].Value) ? $" {m.Groups[1].Value} " : " ");
        s = Tag().Replace(s, " ");
        s = Whitespace().Replace(s, " ").Trim();
        if (s.Length > MaxLength)
        {
            s = s[..MaxLength];
            truncated = true;
        }

        return s;
    }

    /// <summary>NFKC, ASCII lower case, control and format characters and lone surrogates dropped; for questions and plan text alike.</summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (char.IsSurrogate(c) || category is UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
            {
                cleaned.Append(char.IsWhiteSpace(c) ? ' ' : '\0');
                continue;
            }

            cleaned.Append(c);
        }

        cleaned.Replace("\0", string.Empty);
        string normalised;
        try
        {
            normalised = cleaned.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Normalize rejects some ill-formed sequences; the text is still usable as written.
            normalised = cleaned.ToString();
        }

        var lower = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
        {
            lower.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c == Consumed ? ' ' : c);
        }

        return lower.ToString();
    }

    [GeneratedRegex(@"<\s*at[^>]*>([^<]*)<\s*/\s*at\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]{0,200}>", RegexOptions.None)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.None)]
    private static partial Regex Whitespace();
}
