using System.Text;
using System.Text.RegularExpressions;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// Turns a free-form Japanese (or mixed English) question into a <see cref="PlanQuery"/>.
/// It never throws on any text: what it cannot read ends up in <see cref="PlanQuery.Unrecognised"/>.
/// <para>
/// How it reads: the text is normalised (<see cref="QuestionNormaliser"/>); then patterns with numbers (years, quarters,
/// months, 重点戦略3, 取組5) and then the phrase table (statuses, relative periods, intents, departments, people, topics;
/// longest phrase first) each consume what they match. What is left is split at punctuation; a piece that is part of an
/// initiative title (three characters or more) selects that initiative, short pieces of plan vocabulary and kana
/// endings (〜を教えてください) are ignored, and anything else is reported back as not understood.
/// </para>
/// <para>
/// 防災 is both a department (SR-防災) and a topic. A bare 防災 is read as the topic: topic search also looks at each
/// item's department, so it finds SR-防災's items and every other item about disaster prevention — a superset that never
/// hides what was meant. The department itself is named by its full name (SR-防災, SR防災).
/// </para>
/// </summary>
public static partial class QuestionParser
{
    private const int MaxUnrecognised = 5;
    private const int MaxUnrecognisedLength = 30;
    private const int MinYear = 1950;
    private const int MaxYear = 2200;

    public static PlanQuery Parse(string? text, QuestionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var vocabulary = context.Vocabulary;
        var normalised = QuestionNormaliser.Question(text, vocabulary.IsPersonName, out var truncated);

        var state = new ParseState(context);
        var work = new WorkingText(normalised);
        ReadNumbers(work, state);
        ReadPhrases(work, state, vocabulary.Entries);
        ReadLeftovers(work, state);
        if (truncated)
        {
            state.Unrecognised.Add(QuestionTexts.TruncatedNote);
        }

        return Build(state);
    }

    private static PlanQuery Build(ParseState state)
    {
        var period = ResolvePeriod(state);
        var titleMatched = state.TitleTerms.Count > 0;
        var scope = new QueryScope
        {
            Departments = state.Departments.OrderBy(d => IndexOf(state.Context.Departments, d)).ToList(),
            StrategyNumbers = state.Strategies.Order().ToList(),
            InitiativeNumbers = state.Initiatives.Order().ToList(),
            InitiativeTitleTerms = state.TitleTerms.ToList(),
            People = state.People.ToList(),
            Mine = state.Mine || (state.ShareWord && state.People.Count == 0),
        };

        var cues = state.Cues;
        var noStatus = state.Statuses.Count == 0 && !state.Unanswered;
        // A filter makes a question answerable even beside a word it could not read (the answer names that word). A bare
        // intent does not: 「予算の進捗」 must not be answered with the progress of everything.
        var hasFilter = period is not null || titleMatched || !scope.IsEverything || !noStatus || state.Topics.Count > 0;
        var recognised = hasFilter || cues.Contains(QuestionCue.Help) || (state.Recognised && state.Unrecognised.Count == 0);
        var intent =
            cues.Contains(QuestionCue.Help) ? QueryIntent.Help
            : cues.Contains(QuestionCue.Count) ? QueryIntent.Count
            : state.Unanswered && (cues.Contains(QuestionCue.People) || !cues.Contains(QuestionCue.List)) ? QueryIntent.Unanswered
            : cues.Contains(QuestionCue.Progress) && noStatus ? QueryIntent.ProgressSummary
            : (cues.Contains(QuestionCue.PlanActions) || cues.Contains(QuestionCue.PlanKgi)) && noStatus ? QueryIntent.PlanContent
            : hasFilter || state.Recognised ? QueryIntent.List
            : QueryIntent.Help;

        var query = new PlanQuery
        {
            Intent = intent,
            PlanContent = intent == QueryIntent.PlanContent
                ? cues.Contains(QuestionCue.PlanKgi) ? Plans.PlanCellKind.Kgi : Plans.PlanCellKind.Actions
                : null,
            Period = period,
            Statuses = state.Statuses.ToHashSet(),
            Unanswered = state.Unanswered,
            Scope = scope,
            Topics = state.Topics.OrderBy(t => IndexOf(QuestionTopics.All.Select(x => x.Name).ToList(), t)).ToList(),
            Unrecognised = state.Unrecognised.ToList(),
            IsUnderstood = recognised,
        };
        return query with { Understood = QuestionTexts.Understood(query) };
    }

    /// <summary>Departments and topics are listed in the plan's and the topic table's order, whatever order they were asked in.</summary>
    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static QueryPeriod? ResolvePeriod(ParseState state)
    {
        var current = state.Current;
        var years = state.FiscalYears.Where(y => y is >= MinYear and <= MaxYear).ToList();
        int? year = years.Count > 0 ? years[0] : null;
        var fiscalYear = year ?? current.FiscalYear;

        if (state.Quarters.Count > 0)
        {
            return new QueryPeriod(state.Quarters.Min(), state.Quarters.Max());
        }

        if (state.QuarterNumbers.Count > 0)
        {
            return new QueryPeriod(
                new FiscalQuarter(fiscalYear, state.QuarterNumbers.Min()), new FiscalQuarter(fiscalYear, state.QuarterNumbers.Max()));
        }

        if (state.MonthSpans.Count > 0)
        {
            var quarters = new List<FiscalQuarter>();
            foreach (var (first, last) in state.MonthSpans)
            {
                quarters.Add(new FiscalQuarter(fiscalYear, first));

                // 2〜5月 runs into the next fiscal year.
                quarters.Add(new FiscalQuarter(last < first ? fiscalYear + 1 : fiscalYear, last));
            }

            return new QueryPeriod(quarters.Min(), quarters.Max());
        }

        if (state.Halves.Count > 0)
        {
            return state.Halves.Distinct().Count() > 1
                ? QueryPeriod.OfFiscalYear(fiscalYear)
                : QueryPeriod.OfHalf(fiscalYear, state.Halves[0]);
        }

        return years.Count > 0
            ? new QueryPeriod(new FiscalQuarter(years.Min(), 1), new FiscalQuarter(years.Max(), 4))
            : null;
    }

    // ---- numbers -------------------------------------------------------------------------------------------------

    private static void ReadNumbers(WorkingText work, ParseState state)
    {
        // Years and months with years first: 2026年10月 must not be read as a fiscal year and a bare month.
        work.Consume(YearMonth(), m =>
        {
            var firstYear = Number(m.Groups["y1"].Value);
            var firstMonth = Number(m.Groups["m1"].Value);
            var lastYear = m.Groups["y2"].Success ? Number(m.Groups["y2"].Value) : firstYear;
            var lastMonth = m.Groups["m2"].Success ? Number(m.Groups["m2"].Value) : firstMonth;
            if (!IsYear(firstYear) || !IsYear(lastYear) || !IsMonth(firstMonth) || !IsMonth(lastMonth))
            {
                return false;
            }

            var first = FiscalQuarter.Of(new DateOnly(firstYear, firstMonth, 1));
            var last = FiscalQuarter.Of(new DateOnly(lastYear, lastMonth, 1));
            state.Quarters.Add(first);
            state.Quarters.Add(last);
            return true;
        });
        work.Consume(FiscalYearNumber(), m => AddYear(state, Number(m.Groups["y"].Value)));
        work.Consume(ShortFiscalYear(), m => AddYear(state, 2000 + Number(m.Groups["y"].Value)));
        work.Consume(Reiwa(), m =>
        {
            // 令和N年度 = FY(2018+N); 令和元年度 = FY2019.
            var n = m.Groups["n"].Value == "元" ? 1 : Number(m.Groups["n"].Value);
            return n is >= 1 and <= 99 && AddYear(state, 2018 + n);
        });
        work.Consume(CalendarYear(), m => AddYear(state, Number(m.Groups["y"].Value)));
        work.Consume(MonthRange(), m =>
        {
            var first = Number(m.Groups["m1"].Value);
            var last = Number(m.Groups["m2"].Value);
            if (!IsMonth(first) || !IsMonth(last))
            {
                return false;
            }

            state.MonthSpans.Add((QuarterOfMonth(first), QuarterOfMonth(last)));
            return true;
        });
        work.Consume(QuarterNumber(), m =>
        {
            var q = KanjiNumber(m.Groups["q"].Value);
            if (q is < 1 or > 4)
            {
                return false;
            }

            state.QuarterNumbers.Add(q);
            return true;
        });
        work.Consume(Strategy(), m => AddNumbers(m, 99, state.AddStrategy));
        work.Consume(Initiative(), m => AddNumbers(m, 999, state.AddInitiative));
        work.Consume(InitiativeMark(), m => AddNumbers(m, 999, state.AddInitiative));
        work.Consume(SingleMonth(), m =>
        {
            var month = Number(m.Groups["m"].Value);
            if (!IsMonth(month))
            {
                return false;
            }

            state.MonthSpans.Add((QuarterOfMonth(month), QuarterOfMonth(month)));
            return true;
        });
        work.Consume(BareYear(), m => AddYear(state, Number(m.Groups["y"].Value)));
    }

    private static bool AddYear(ParseState state, int year)
    {
        if (!IsYear(year))
        {
            return false;
        }

        ParseState.AddOnce(state.FiscalYears, year);
        return true;
    }

    private static bool AddNumbers(Match match, int max, Action<int> add)
    {
        var any = false;
        foreach (Capture capture in match.Groups["n"].Captures)
        {
            var n = KanjiNumber(capture.Value);
            if (n >= 1 && n <= max)
            {
                add(n);
                any = true;
            }
        }

        return any;
    }

    private static bool IsYear(int year) => year is >= MinYear and <= MaxYear;

    private static bool IsMonth(int month) => month is >= 1 and <= 12;

    private static int QuarterOfMonth(int month) => ((month + 8) % 12 / 3) + 1;

    private static int Number(string digits) =>
        digits.Length is > 0 and <= 6 && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : -1;

    /// <summary>Digits, or kanji numerals up to 九十九 (第三四半期, 重点戦略十).</summary>
    internal static int KanjiNumber(string text)
    {
        if (text.Length > 0 && char.IsAsciiDigit(text[0]))
        {
            return Number(text);
        }

        const string digits = "〇一二三四五六七八九";
        var total = 0;
        var pending = 0;
        foreach (var c in text)
        {
            var d = digits.IndexOf(c, StringComparison.Ordinal);
            if (d >= 0)
            {
                pending = d;
            }
            else if (c == '十')
            {
                total += (pending == 0 ? 1 : pending) * 10;
                pending = 0;
            }
            else
            {
                return -1;
            }
        }

        return total + pending;
    }

    // ---- phrases -------------------------------------------------------------------------------------------------

    private static void ReadPhrases(WorkingText work, ParseState state, IReadOnlyList<QuestionLexicon.Entry> entries)
    {
        foreach (var entry in entries)
        {
            if (work.ConsumePhrase(entry.Phrase, entry.IsAscii) is not { } ends)
            {
                continue;
            }

            foreach (var end in ends)
            {
                if (entry.Statuses is { } statuses && work.ConsumeAt(end, Negation()))
                {
                    // 遅延していない = every status but 遅延.
                    state.Statuses.UnionWith(ProgressStatusNames.All.Except(statuses));
                }
                else
                {
                    entry.Apply(state);
                }
            }

            state.Recognised |= !entry.IsNoise;
        }
    }

    // ---- leftovers -----------------------------------------------------------------------------------------------

    private static void ReadLeftovers(WorkingText work, ParseState state)
    {
        var titles = state.Context.Vocabulary.Titles;
        var pieces = new StringBuilder();
        foreach (var c in work.Text)
        {
            var separator = c == QuestionNormaliser.Consumed || char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c);
            pieces.Append(separator ? '\n' : c);
        }

        foreach (var piece in pieces.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            ReadPiece(piece, state, titles, depth: 0);
        }
    }

    private static void ReadPiece(string piece, ParseState state, IReadOnlyList<(int Number, string Title)> titles, int depth)
    {
        var p = TrimKana(piece);
        if (p.Length == 0 || depth > 8)
        {
            return;
        }

        var (start, length) = BestTitleFragment(p, titles);
        if (length >= QuestionVocabulary.MinTitleFragment)
        {
            var fragment = p.Substring(start, length);
            string? asWritten = null;
            foreach (var (number, title) in titles)
            {
                if (title.Contains(fragment, StringComparison.Ordinal))
                {
                    state.AddInitiative(number);
                    asWritten ??= AsWritten(state.Context.Initiatives.First(i => i.Number == number).Title, fragment);
                }
            }

            ParseState.AddOnce(state.TitleTerms, asWritten ?? fragment);

            state.Recognised = true;
            ReadPiece(p[..start], state, titles, depth + 1);
            ReadPiece(p[(start + length)..], state, titles, depth + 1);
            return;
        }

        // Short plan vocabulary (九州, 推進, 支援) says nothing on its own.
        if (p.Length <= 2 && titles.Any(t => t.Title.Contains(p, StringComparison.Ordinal)))
        {
            return;
        }

        if (state.Unrecognised.Count < MaxUnrecognised)
        {
            ParseState.AddOnce(state.Unrecognised, p.Length > MaxUnrecognisedLength ? p[..MaxUnrecognisedLength] + "…" : p);
        }
    }

    /// <summary>The fragment as the title writes it ("MICE", not the normalised "mice"), for saying it back.</summary>
    private static string AsWritten(string title, string fragment)
    {
        var at = title.IndexOf(fragment, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? title.Substring(at, fragment.Length) : fragment;
    }

    /// <summary>The longest run of <paramref name="piece"/> found in any initiative title, without kana at its ends.</summary>
    private static (int Start, int Length) BestTitleFragment(string piece, IReadOnlyList<(int Number, string Title)> titles)
    {
        var best = (Start: 0, Length: 0);
        foreach (var (_, title) in titles)
        {
            var (start, length) = LongestCommonRun(piece, title);
            while (length > 0 && IsKana(piece[start]))
            {
                start++;
                length--;
            }

            while (length > 0 && IsKana(piece[start + length - 1]))
            {
                length--;
            }

            if (length > best.Length)
            {
                best = (start, length);
            }
        }

        return best;
    }

    /// <summary>Longest common substring by dynamic programming; both strings are short (a question piece, a title).</summary>
    private static (int Start, int Length) LongestCommonRun(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var row = new int[b.Length + 1];
        var best = (Start: 0, Length: 0);
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                row[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0;
                if (row[j] > best.Length)
                {
                    best = (i - row[j], row[j]);
                }
            }

            (previous, row) = (row, previous);
        }

        return best;
    }

    private static string TrimKana(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsKana(s[start]))
        {
            start++;
        }

        while (end > start && IsKana(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    /// <summary>Hiragana: particles and endings (の, を教えてください, はありますか) never name anything on their own.</summary>
    private static bool IsKana(char c) => c is >= '\u3041' and <= '\u309f';

    // ---- patterns (normalised text: NFKC, ASCII lower case) -------------------------------------------------------

    private const string Dash = @"(?:〜|~|-|−|–|—|‐|ー|から)";

    [GeneratedRegex(@"(?<!\d)(?<y1>\d{4})\s*年\s*(?<m1>\d{1,2})\s*月(?:\s*" + Dash + @"\s*(?:(?<y2>\d{4})\s*年\s*)?(?<m2>\d{1,2})\s*月)?(?:\s*まで)?")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"(?:fy\s*(?<y>\d{4})(?!\d)(?:\s*年度)?|(?<!\d)(?<y>\d{4})\s*年度)")]
    private static partial Regex FiscalYearNumber();

    [GeneratedRegex(@"(?:fy\s*(?<y>\d{2})(?!\d)(?:\s*年度)?|(?<!\d)(?<y>\d{2})\s*年度)")]
    private static partial Regex ShortFiscalYear();

    [GeneratedRegex(@"(?:令和|(?<![a-z])r)\s*(?<n>\d{1,2}|元)\s*年度?")]
    private static partial Regex Reiwa();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})\s*年(?!度)")]
    private static partial Regex CalendarYear();

    [GeneratedRegex(@"(?<!\d)(?<m1>\d{1,2})\s*月?\s*" + Dash + @"\s*(?<m2>\d{1,2})\s*月(?:\s*まで)?")]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"第\s*(?<q>[1-4一二三四])\s*(?:四半期|クォーター|クオーター|q|期)|(?<!\d)(?<q>[1-4一二三四])\s*(?:四半期|クォーター|クオーター)|(?<![a-z])q\s*(?<q>[1-4])(?!\d)|(?<!\d)(?<q>[1-4])\s*q(?![a-z])|(?<![\d第])(?<q>[1-4])\s*期(?!間)|(?<q>[1-4])(?:st|nd|rd|th)\s*quarter|quarter\s*(?<q>[1-4])(?!\d)")]
    private static partial Regex QuarterNumber();

    private const string Ordinal = @"(?:no\.?|#|番号|ナンバー)?\s*";

    private const string MoreNumbers = @"(?:\s*(?:、|,|と|・|&|and|/|及び|および)\s*" + Ordinal + @"(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:\s*番)?)*";

    [GeneratedRegex(@"(?:重点戦略|戦略|strategy)\s*" + Ordinal + @"(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*番)?" + MoreNumbers)]
    private static partial Regex Strategy();

    [GeneratedRegex(@"(?:具体的取組|取り組み|取組み|取組|取り組|initiative|item)\s*" + Ordinal + @"(?<n>\d{1,3})(?:\s*番)?" + MoreNumbers)]
    private static partial Regex Initiative();

    [GeneratedRegex(@"(?:(?<![a-z])no\.?\s*|#\s*)(?<n>\d{1,3})(?!\d)(?:\s*番)?|(?<![\d.])(?<n>\d{1,3})\s*番目?(?:\s*の)?" + MoreNumbers)]
    private static partial Regex InitiativeMark();

    [GeneratedRegex(@"\G\s*(?:し|になっ|になってい)?(?:て|で)?い?(?:ない|ません|じゃない|ではない|以外)")]
    private static partial Regex Negation();

    [GeneratedRegex(@"(?<!\d)(?<m>\d{1,2})\s*月")]
    private static partial Regex SingleMonth();

    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20|21)\d{2})(?![\d年])")]
    private static partial Regex BareYear();
}
