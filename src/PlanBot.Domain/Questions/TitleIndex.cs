namespace PlanBot.Domain.Questions;

/// <summary>
/// Initiative titles and sub-theme labels as a question may name them, by any distinctive piece: 「ジェンダー」,
/// 「データ連携プラットフォーム」, 「ツール・ド・九州」, 「MICE」. Built once per plan: every name is folded to its matching
/// key and its character trigrams are indexed, so a question is compared only with the names it shares a trigram with.
/// The score is the longest run of the question found in a name, without the name's hiragana (particles) at its ends.
/// </summary>
internal sealed class TitleIndex
{
    /// <summary>A piece of a question must share at least this many characters with a name to select that initiative.</summary>
    public const int MinFragment = 3;

    private readonly List<(int Number, FoldedText Name, string Written)> names = [];
    private readonly Dictionary<string, List<int>> trigrams = new(StringComparer.Ordinal);

    public TitleIndex(IReadOnlyList<InitiativeName> initiatives)
    {
        ArgumentNullException.ThrowIfNull(initiatives);
        foreach (var initiative in initiatives)
        {
            foreach (var text in (IEnumerable<string?>)[initiative.Title, .. initiative.Labels ?? []])
            {
                var written = LabelText(text ?? string.Empty);
                var name = QuestionNormaliser.Fold(QuestionNormaliser.Text(written).Trim());
                Add(initiative.Number, name, written);

                // 「ツール・ド・九州」 is also written ツールド九州: the name once more without its dots, spaces and brackets.
                if (Compact(name) is { } compact)
                {
                    Add(initiative.Number, compact, written);
                }
            }
        }
    }

    private void Add(int number, FoldedText name, string written)
    {
        if (name.Key.Length < MinFragment)
        {
            return;
        }

        var index = names.Count;
        names.Add((number, name, written));
        for (var i = 0; i + 3 <= name.Key.Length; i++)
        {
            var list = ListFor(trigrams, name.Key.Substring(i, 3));
            if (list.Count == 0 || list[^1] != index)
            {
                list.Add(index);
            }
        }
    }

    /// <summary>The name without ・, spaces and 「」 (the map back to the written name kept), or null when it has none.</summary>
    private static FoldedText? Compact(FoldedText name)
    {
        var kept = Enumerable.Range(0, name.Key.Length).Where(i => name.Key[i] is not ('・' or ' ' or '「' or '」')).ToArray();
        return kept.Length == name.Key.Length
            ? null
            : name with { Key = new string([.. kept.Select(i => name.Key[i])]), Origin = [.. kept.Select(i => name.Origin[i])] };
    }

    /// <summary>The initiatives whose title or a label contains the key <paramref name="fragment"/>, in plan order.</summary>
    public IReadOnlyList<int> Containing(string fragment)
    {
        var found = new List<int>();
        foreach (var (number, name, _) in names)
        {
            if (!found.Contains(number) && name.Key.Contains(fragment, StringComparison.Ordinal))
            {
                found.Add(number);
            }
        }

        return found;
    }

    /// <summary>True when some title or label contains the key <paramref name="text"/> (short plan vocabulary: 推進, 支援).</summary>
    public bool Mentions(string text) => names.Any(n => n.Name.Key.Contains(text, StringComparison.Ordinal));

    /// <summary>
    /// Runs of <paramref name="text"/> (a question's working key) between <paramref name="start"/> and
    /// <paramref name="end"/> found in names, longest first, at least <see cref="MinFragment"/> long; one per name.
    /// </summary>
    public List<TitleMatch> Matches(string text, int start, int end)
    {
        var candidates = new HashSet<int>();
        for (var i = start; i + 3 <= end; i++)
        {
            if (trigrams.TryGetValue(text.Substring(i, 3), out var list))
            {
                candidates.UnionWith(list);
            }
        }

        var matches = new List<TitleMatch>();
        foreach (var index in candidates)
        {
            var (number, name, written) = names[index];
            if (Longest(text, start, end, name) is { } match)
            {
                // Normalising lower-cased the name: say the run back as the plan writes it (MICE, not mice).
                var at = written.IndexOf(match.AsWritten, StringComparison.OrdinalIgnoreCase);
                matches.Add(match with { Initiative = number, AsWritten = at >= 0 ? written.Substring(at, match.AsWritten.Length) : match.AsWritten });
            }
        }

        return [.. matches.OrderByDescending(m => m.Length).ThenBy(m => m.Start)];
    }

    /// <summary>The longest common run of the question span and a name, its ends trimmed of the name's hiragana.</summary>
    private static TitleMatch? Longest(string text, int start, int end, FoldedText name)
    {
        var key = name.Key;
        var previous = new int[key.Length + 1];
        var row = new int[key.Length + 1];
        var best = (Length: 0, TextEnd: 0, NameEnd: 0);
        for (var i = start; i < end; i++)
        {
            for (var j = 1; j <= key.Length; j++)
            {
                row[j] = text[i] == key[j - 1] ? previous[j - 1] + 1 : 0;
                if (row[j] > best.Length)
                {
                    best = (row[j], i + 1, j);
                }
            }

            (previous, row) = (row, previous);
        }

        var (length, textEnd, nameEnd) = best;
        var nameStart = nameEnd - length;
        while (length > 0 && name.IsHiraganaAt(nameStart))
        {
            nameStart++;
            length--;
        }

        while (length > 0 && name.IsHiraganaAt(nameStart + length - 1))
        {
            length--;
        }

        var textStart = textEnd - best.Length + (nameStart - (nameEnd - best.Length));
        if (length < MinFragment || CutsAsciiWord(text, textStart, length))
        {
            return null;
        }

        return new TitleMatch(0, textStart, length, text.Substring(textStart, length), name.ShownOf(nameStart, length));
    }

    /// <summary>"ict" must not be read inside "predict": an ASCII run counts only as whole words of the question.</summary>
    private static bool CutsAsciiWord(string text, int start, int length) =>
        (char.IsAsciiLetterOrDigit(text[start]) && WorkingText.IsWordChar(text, start - 1))
        || (char.IsAsciiLetterOrDigit(text[start + length - 1]) && WorkingText.IsWordChar(text, start + length));

    /// <summary>A label as a name: without its ①② number or 【】 brackets.</summary>
    private static string LabelText(string label) => label.Trim().TrimStart('①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '【').TrimEnd('】');

    private static List<int> ListFor(Dictionary<string, List<int>> map, string key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}

/// <summary>A run of a question (key positions) found in an initiative's title or label, and that run as the plan writes it.</summary>
internal sealed record TitleMatch(int Initiative, int Start, int Length, string Fragment, string AsWritten);
