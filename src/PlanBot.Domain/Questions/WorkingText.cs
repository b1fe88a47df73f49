using System.Text.RegularExpressions;

namespace PlanBot.Domain.Questions;

/// <summary>The question being read: recognised parts are blanked out so that nothing is read twice and the rest is what is left.</summary>
internal sealed class WorkingText(string text)
{
    private readonly char[] chars = text.ToCharArray();
    private string? current = text;

    /// <summary>The text as it stands; rebuilt only after something was consumed, since hundreds of phrases are tried per question.</summary>
    public string Text => current ??= new string(chars);

    /// <summary>Consumes every match that <paramref name="accept"/> takes.</summary>
    public void Consume(Regex pattern, Func<Match, bool> accept)
    {
        foreach (Match match in pattern.Matches(Text))
        {
            if (accept(match))
            {
                Blank(match.Index, match.Length);
            }
        }
    }

    /// <summary>Consumes every occurrence of <paramref name="phrase"/>; an ASCII phrase only as a whole word. Returns how many.</summary>
    public int ConsumePhrase(string phrase, bool wholeWord)
    {
        var hits = 0;
        var text = Text;
        var from = 0;
        while (from <= text.Length - phrase.Length)
        {
            var at = text.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            if (!wholeWord || (!IsWordChar(text, at - 1) && !IsWordChar(text, at + phrase.Length)))
            {
                Blank(at, phrase.Length);
                hits++;
            }

            from = at + phrase.Length;
        }

        return hits;
    }

    private static bool IsWordChar(string s, int index) =>
        index >= 0 && index < s.Length && (char.IsAsciiLetterOrDigit(s[index]) || s[index] == '\'');

    private void Blank(int start, int length)
    {
        Array.Fill(chars, QuestionNormaliser.Consumed, start, length);
        current = null;
    }
}
