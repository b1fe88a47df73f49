using System.Text.RegularExpressions;

namespace PlanBot.Domain.Questions;

/// <summary>
/// The question being read, as its matching key (<see cref="FoldedText.Key"/>): recognised parts are blanked out so that
/// nothing is read twice, and what is left is what was not understood. <see cref="ShownOf"/> gives any part back as the
/// asker wrote it.
/// </summary>
internal sealed class WorkingText(FoldedText text)
{
    private readonly char[] chars = text.Key.ToCharArray();
    private string? current = text.Key;

    public FoldedText Source { get; } = text;

    /// <summary>The key as it stands; rebuilt only after something was consumed, since hundreds of phrases are tried per question.</summary>
    public string Text => current ??= new string(chars);

    /// <summary>The part of the question behind key positions <paramref name="start"/>..+<paramref name="length"/>, as written.</summary>
    public string ShownOf(int start, int length) => Source.ShownOf(start, length);

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

    /// <summary>Consumes every occurrence of <paramref name="phrase"/>; an ASCII phrase only as a whole word. Returns where each started.</summary>
    public List<int>? ConsumePhrase(string phrase, bool wholeWord)
    {
        List<int>? starts = null;
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
                (starts ??= []).Add(at);
            }

            from = at + phrase.Length;
        }

        return starts;
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

    /// <summary>True when the text right after <paramref name="index"/> starts with one of <paramref name="words"/>.</summary>
    public bool FollowedBy(int index, IReadOnlyList<string> words)
    {
        var text = Text;
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, index, word, 0, word.Length) == 0 && index + word.Length <= text.Length)
            {
                return true;
            }
        }

        return false;
    }

    public void Consume(int start, int length) => Blank(start, length);

    /// <summary>The runs of the key not consumed, split at consumed places, whitespace, punctuation and symbols.</summary>
    public List<(int Start, int Length)> Leftovers()
    {
        var runs = new List<(int, int)>();
        var text = Text;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || IsSeparator(text[i]);
            if (!separator && start < 0)
            {
                start = i;
            }
            else if (separator && start >= 0)
            {
                runs.Add((start, i - start));
                start = -1;
            }
        }

        return runs;
    }

    public static bool IsSeparator(char c) =>
        c == QuestionNormaliser.Consumed || char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c);

    internal static bool IsWordChar(string s, int index) =>
        index >= 0 && index < s.Length && (char.IsAsciiLetterOrDigit(s[index]) || s[index] == '\'');

    private void Blank(int start, int length)
    {
        Array.Fill(chars, QuestionNormaliser.Consumed, start, length);
        current = null;
    }
}
