using System.Globalization;
using PlanBot.Domain.Plans;

namespace PlanBot.Domain.People;

/// <summary>Finds the sub-theme of an initiative a person means: by its label, its ①②③ number, or its index.</summary>
internal static class SubThemeLookup
{
    private const char CircledOne = '\u2460';
    private const char CircledTwenty = '\u2473';

    /// <summary>The sub-theme meant, or null and an English reason.</summary>
    public static (SubTheme? SubTheme, string? Error) Find(Initiative initiative, string text)
    {
        var given = text.Trim();
        if (given.Length > 0 && given[0] is >= CircledOne and <= CircledTwenty)
        {
            var number = given[0] - CircledOne + 1;
            var byNumber = initiative.SubThemes.FirstOrDefault(s => s.Label is { Length: > 0 } l && l[0] == given[0])
                ?? initiative.SubThemes.FirstOrDefault(s => s.Index == number);
            if (byNumber is null)
            {
                return (null, NotFound(initiative, given));
            }

            var rest = Fold(given[1..]);
            return rest.Length == 0 || Fold(byNumber.Label ?? string.Empty).StartsWith(rest, StringComparison.Ordinal)
                ? (byNumber, null)
                : (null, $"Sub-theme {given[0]} of initiative {initiative.Number} is '{byNumber.Label}', not '{given}'.");
        }

        var folded = TextMatching.Fold(given);
        if (folded.Length > 0 && folded.All(char.IsAsciiDigit))
        {
            var index = int.Parse(folded, NumberStyles.None, CultureInfo.InvariantCulture);
            var byIndex = initiative.SubThemes.FirstOrDefault(s => s.Index == index);
            return byIndex is null ? (null, NotFound(initiative, given)) : (byIndex, null);
        }

        var wanted = Fold(given);
        var labelled = initiative.SubThemes.Where(s => s.Label is not null).ToArray();
        var exact = labelled.Where(s => Fold(s.Label!) == wanted).ToArray();
        var matches = exact.Length > 0 ? exact : labelled.Where(s => wanted.Length >= 2 && Fold(s.Label!).StartsWith(wanted, StringComparison.Ordinal)).ToArray();
        return matches.Length switch
        {
            1 => (matches[0], null),
            0 => (null, NotFound(initiative, given)),
            _ => (null, $"'{given}' matches more than one sub-theme of initiative {initiative.Number}; write its number (①, ② …) instead."),
        };
    }

    /// <summary>A label compared without its ①②③ number, 【】 brackets, widths, spaces or case.</summary>
    private static string Fold(string label)
    {
        var text = label.Trim();
        if (text.Length > 0 && text[0] is >= CircledOne and <= CircledTwenty)
        {
            text = text[1..];
        }

        return TextMatching.Fold(text.Replace("【", string.Empty, StringComparison.Ordinal).Replace("】", string.Empty, StringComparison.Ordinal));
    }

    private static string NotFound(Initiative initiative, string given)
    {
        var known = string.Join(", ", initiative.SubThemes.Select(s => s.Label is null ? $"{s.Index}" : $"{s.Index} '{s.Label}'"));
        return $"Initiative {initiative.Number} has no sub-theme '{given}'; its sub-themes are {known}, or leave it empty for the whole initiative.";
    }
}
