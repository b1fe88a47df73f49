namespace PlanBot.Domain.Questions;

/// <summary>
/// Text in two forms of one reading: <see cref="Shown"/> as the asker (or the plan) wrote it after normalisation, and
/// <see cref="Key"/>, the form every comparison uses (see <see cref="QuestionNormaliser.Fold"/>). <see cref="Origin"/>
/// maps each character of the key to its place in the shown text, so what was matched or left over can be said back
/// as written.
/// </summary>
internal sealed record FoldedText(string Shown, string Key, int[] Origin)
{
    /// <summary>The shown text behind the key characters from <paramref name="start"/> for <paramref name="length"/>.</summary>
    public string ShownOf(int start, int length)
    {
        if (length <= 0 || start < 0 || start + length > Key.Length)
        {
            return string.Empty;
        }

        return Shown[Origin[start]..(Origin[start + length - 1] + 1)];
    }

    /// <summary>Whether the key character at <paramref name="index"/> was written as hiragana (a particle or an ending).</summary>
    public bool IsHiraganaAt(int index) => QuestionNormaliser.IsHiragana(Shown[Origin[index]]);
}
