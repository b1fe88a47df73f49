using System.Globalization;
using System.Text;

namespace PlanBot.Domain.People;

/// <summary>
/// Loose comparison of what people type in Excel with what the plan writes: full-width letters and digits folded
/// (NFKC), whitespace of any width removed, dash look-alikes made one, case ignored.
/// </summary>
internal static class TextMatching
{
    public static string Fold(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation || c == '\u2212'
                ? '-'
                : char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Edit distance (insertions, deletions, substitutions) between two short strings.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
