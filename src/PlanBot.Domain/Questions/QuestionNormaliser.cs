using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace PlanBot.Domain.Questions;

/// <summary>
/// The one normalisation every question and every word it is compared with goes through, in two steps.
/// <see cref="Question"/> and <see cref="Text"/>: Teams markup removed (the <c>&lt;at&gt;</c> mention, HTML), entities
/// decoded, NFKC (full-width Ｑ３ → q3, half-width ｶﾅ → カナ), ASCII lower-cased, control characters dropped,
/// whitespace collapsed; that is the text as shown back to the asker. <see cref="Fold"/> then makes the matching key:
/// katakana read as hiragana, small kana as large, and dashes written for the long-vowel mark read as that mark, so
/// じゅんちょう, ジュンチョウ and ｼﾞｭﾝﾁｮｳ, or インターン and インタ-ン, compare equal.
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

    /// <summary>
    /// The matching key of normalised text (see the class summary), with a map from each key character back to the text.
    /// A dash or wave between two katakana (インタ-ン, マ〜ス) is read as the long-vowel mark it stands for. The mark itself
    /// is kept: without it マース would read as the ending ます; words of the phrase table are also stored without a final
    /// mark (<see cref="Keys"/>), so ユーザ finds ユーザー.
    /// </summary>
    public static FoldedText Fold(string shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var key = new char[shown.Length];
        var origin = new int[shown.Length];
        for (var i = 0; i < shown.Length; i++)
        {
            var c = shown[i];
            var standsForLongVowel = c is '-' or '‐' or '−' or '~' or '〜' && i > 0 && IsKatakana(shown[i - 1])
                && i + 1 < shown.Length && IsKatakana(shown[i + 1]);
            key[i] = standsForLongVowel ? LongVowel : FoldKana(c);
            origin[i] = i;
        }

        return new FoldedText(shown, new string(key), origin);
    }

    /// <summary>The matching key of a word of the plan, the roster or the phrase table (normalised, then folded).</summary>
    public static string Key(string text) => Fold(Text(text).Trim()).Key;

    /// <summary>A word's key, and its key without a final long-vowel mark when it has one (ユーザー, ユーザ).</summary>
    public static IEnumerable<string> Keys(string text)
    {
        var key = Key(text);
        yield return key;
        if (key.Length > 2 && key[^1] == LongVowel && IsHiragana(key[^2]))
        {
            yield return key[..^1];
        }
    }

    public static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309f';

    public static bool IsKatakana(char c) => c is >= '\u30a1' and <= '\u30fa' or LongVowel;

    private const char LongVowel = 'ー';

    /// <summary>Katakana → hiragana, then small kana → large (ぁ→あ, っ→つ, ゃ→や, ゎ→わ, ヵ and ヶ → か).</summary>
    private static char FoldKana(char c)
    {
        // ヶ and ヵ count things (3ヶ月, 1ヵ所) and are read か.
        if (c is 'ヶ' or 'ヵ')
        {
            return 'か';
        }

        if (c is >= '\u30a1' and <= '\u30f6')
        {
            c = (char)(c - 0x60);
        }

        return c switch
        {
            'ぁ' or 'ぃ' or 'ぅ' or 'ぇ' or 'ぉ' or 'っ' or 'ゃ' or 'ゅ' or 'ょ' or 'ゎ' => (char)(c + 1),
            'ゕ' => 'か',
            'ゖ' => 'け',
            _ => c,
        };
    }

    [GeneratedRegex(@"<\s*at[^>]*>([^<]*)<\s*/\s*at\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]{0,200}>", RegexOptions.None)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.None)]
    private static partial Regex Whitespace();
}
