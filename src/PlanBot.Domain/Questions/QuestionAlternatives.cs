using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// The questions an asker most likely meant when theirs was understood only in part (「もしかして」): their own question
/// with a likely word in place of the part that was not read — each person a shared name may be (佐藤さん → 佐藤 花子さん),
/// the department, status, person or initiative closest to an unknown word (産業部 → 産業振興部, 遅廷 → 遅延) — and, when
/// that gives fewer than two, questions built from what was understood. Each one is parsed once more and kept only if
/// it is understood in full, so a button never leads to another 「読み取れませんでした」.
/// </summary>
internal static class QuestionAlternatives
{
    public const int Max = 3;

    /// <summary>Below this likeness (shared characters, Dice) a word is not offered in place of another.</summary>
    private const double MinLikeness = 0.5;

    private static readonly IReadOnlyList<(string Key, string Word)> StatusWords =
        [.. ProgressStatusNames.All.Select(s => s.ToJapanese()).Append(QuestionTexts.UnansweredLabel).Select(w => (QuestionNormaliser.Key(w), w))];

    public static IReadOnlyList<QueryAlternative> For(FoldedText text, ParseState state, PlanQuery query, QuestionContext context)
    {
        var candidates = new List<QueryAlternative>();
        foreach (var (start, length, name) in state.AmbiguousNames)
        {
            foreach (var person in name.Candidates
                .OrderBy(p => string.Equals(p.Department, context.Asker.Department, StringComparison.Ordinal) ? 0 : 1)
                .Take(Max))
            {
                candidates.Add(new QueryAlternative(Replace(text, start, length, person.Name), PersonEmail: person.Email));
            }
        }

        foreach (var (start, length) in state.UnrecognisedAt)
        {
            candidates.AddRange(Closest(text.Key.Substring(start, length), context.Vocabulary)
                .Select(c => c with { Question = Replace(text, start, length, c.Question) }));
        }

        var found = candidates
            .DistinctBy(c => c.Question, StringComparer.Ordinal)
            .Where(c => IsUnderstoodInFull(c.Question, context))
            .Take(Max)
            .ToList();
        if (found.Count < 2)
        {
            found.AddRange(QuestionTexts.Suggestions(query)
                .Where(s => found.All(f => f.Question != s))
                .Select(s => new QueryAlternative(
                    s, Department: context.Departments.FirstOrDefault(d => s.StartsWith(d, StringComparison.Ordinal)), FromQuestion: false)));
        }

        return [.. found.Take(Max)];
    }

    /// <summary>Words of the plan and roster most like <paramref name="piece"/>, best first; the question holds the word alone.</summary>
    private static IEnumerable<QueryAlternative> Closest(string piece, QuestionVocabulary vocabulary)
    {
        // Scored first and made into alternatives only when likely: a roster of a thousand has three thousand name parts.
        var scored = new List<(double Score, Func<QueryAlternative> Alternative)>();
        void Consider(double score, Func<QueryAlternative> alternative)
        {
            if (score >= MinLikeness)
            {
                scored.Add((score, alternative));
            }
        }

        foreach (var (key, department) in vocabulary.DepartmentKeys.DistinctBy(d => d.Department))
        {
            Consider(Likeness(piece, key), () => new QueryAlternative(department, Department: department));
        }

        foreach (var (key, word) in StatusWords)
        {
            // Two-character status words share at most one character with a slip of the pen (遅廷 for 遅延).
            var likeness = Likeness(piece, key);
            Consider(piece.Length <= 3 && Shared(piece, key) >= 1 ? Math.Max(likeness, MinLikeness) : likeness, () => new QueryAlternative(word));
        }

        foreach (var (key, person) in vocabulary.NameParts)
        {
            // A one-character given name (健, 誠) shares its one character with too many words (健康 is not 佐藤 健).
            if (key.Length < 2)
            {
                continue;
            }

            Consider(Likeness(piece, key), () => new QueryAlternative(person.Name, PersonEmail: person.Email));
        }

        foreach (var (number, title) in vocabulary.TitleKeys)
        {
            // A title is long: how much of the piece it holds, in one run, is what counts.
            var run = LongestRun(piece, title);
            Consider(run >= 2 ? (double)run / Math.Max(piece.Length, 3) : 0,
                () => new QueryAlternative(QuestionTexts.Initiative(number), Initiative: number));
        }

        return scored.OrderByDescending(s => s.Score).Take(Max).Select(s => s.Alternative());
    }

    private static bool IsUnderstoodInFull(string question, QuestionContext context)
    {
        var query = QuestionParser.Parse(question, context, withAlternatives: false);
        return query.IsUnderstood && query.Unrecognised.Count == 0 && query.AmbiguousNames.Count == 0;
    }

    /// <summary>The question as written, with <paramref name="word"/> in place of the key run at <paramref name="start"/>.</summary>
    private static string Replace(FoldedText text, int start, int length, string word)
    {
        var from = text.Origin[start];
        var to = text.Origin[start + length - 1] + 1;
        return (text.Shown[..from] + word + text.Shown[to..]).Trim();
    }

    /// <summary>Dice coefficient over the characters of both words.</summary>
    private static double Likeness(string a, string b) =>
        a.Length + b.Length == 0 ? 0 : 2.0 * Shared(a, b) / (a.Length + b.Length);

    /// <summary>How many characters the two words share, each character of <paramref name="b"/> counted once.</summary>
    private static int Shared(string a, string b)
    {
        // Words here are a question's piece and a name: short, so a mark per character of b beats any set.
        Span<bool> used = b.Length <= 256 ? stackalloc bool[b.Length] : new bool[b.Length];
        var shared = 0;
        foreach (var c in a)
        {
            for (var j = 0; j < b.Length; j++)
            {
                if (!used[j] && b[j] == c)
                {
                    used[j] = true;
                    shared++;
                    break;
                }
            }
        }

        return shared;
    }

    private static int LongestRun(string a, string b)
    {
        var best = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                var n = 0;
                while (i + n < a.Length && j + n < b.Length && a[i + n] == b[j + n])
                {
                    n++;
                }

                best = Math.Max(best, n);
            }
        }

        return best;
    }
}
