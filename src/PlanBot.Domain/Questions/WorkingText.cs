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

    /// <summary>Consumes every occurrence of <paramref name="phrase"/>; an ASCII phrase only as a whole word. Returns where each ended.</summary>
    public List<int>? ConsumePhrase(string phrase, bool wholeWord)
    {
        List<int>? ends = null;
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
                (ends ??= []).Add(at + phrase.Length);
            }

            from = at + phrase.Length;
        }

        return ends;
    }

    /// <summary>Consumes a match of <paramref name="pattern"/> starting exactly at <paramref name="index"/>, if there is one.</summary>
    public bool ConsumeAt(int index, Regex pattern)
    {
        var text = Text;
        if (index >= text.Length)
        {
            return false;
        }

        var match = pattern.Match(text, index);
        if (!match.Success || match.Index != index)
        {
            return false;
        }

        Blank(match.Index, match.Length);
        return true;
    }

    private static bool IsWordChar(string s, int index) =>
        index >= 0 && index < s.Length && (char.IsAsciiLetterOrDigit(s[index]) || s[index] == '\'');

    private void Blank(int start, int length)
    {
        Array.Fill(chars, QuestionNormaliser.Consumed, start, length);
        current = null;
    }
}
